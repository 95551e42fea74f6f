/**
 * Given names of other regions, for the same use as GIVEN_NAMES (a name in running prose that no
 * role, title or cue introduces): the English-centred Moby lists miss most names of the regions
 * this archive covers.
 *
 * Source: the `person.first_name` lists of the npm package @faker-js/faker 10.6.0 (MIT), locales
 * ru and uk (transliterated from Cyrillic by the BGN/PCGN-style table used by wire services,
 * with the common variants -ey/-ei, -iy/-y/-i, e-/ye-, ks/x), es, de, fr, it, pt_BR, pt_PT, pl,
 * tr, az, cs_CZ, sk, ro, hu, nl, sv, nb_NO, da, fi, hr, sr_RS_latin, lv, id_ID, en_IN, en_NG,
 * en_GH, fr_SN, af_ZA, zu_ZA, uz_UZ_latin. Kept: one capitalized word of letters, three letters
 * or more, not already in GIVEN_NAMES. Left out, as there: names whose lower-case form (or its
 * form without accents) is an English word in Debian's `wamerican` list (`Rose`, `Grace`,
 * `Roman`, `Margarita`); words the lexicon knows as places, demonyms, titles or function words;
 * and a reviewed handful of places and adjectives that `wamerican` spells capitalized or that a
 * check against common place names found (`Milan`, `Oman`, `Anatolia`, `Aryan`, `Milano`, `Tuva`,
 * `Mir`). No names added by hand. Regenerate the same way when the source lists change.
 */
const NAMES = `
Aadi Aadidev Aadinath Aaditya Aadrika Aagam Aagney Aagneya Aaliyah Aalok Aaltje Aamod Aanand Aanandaswarup
Aanandinii Aanjaneya Aaratrika Aarya Aaryan Aasa Aasha Aashritha Aatmaj Aatmaja Aatreya Aayushmaan Aayushman
Aba Abaco Abadon Abak Abaka Abakan Abakay Abani Abar Abay Abbas Abbondanza Abbondanzio Abbondio Abbos Abdon
Abdone Abdonie Abdou Abdoul Abdoulaye Abdulahad Abdulazim Abdulaziz Abdulboriy Abdulhafiz Abdulhakim Abdulhay
Abdulholiq Abduljabbor Abduljalil Abdulkarim Abdulla Abdullah Abdullatif Abdulmalik Abdulqahhor Abdulqodir
Abdulvahhob Abdulvali Abdulvohid Abdurrahiym Abdurrahmon Abdurrauf Abdurrazzoq Abdussamad Abeiku Abelardo
Abele Abelin Abeline Abena Abendam Abenzio Abhaidev Abhaya Abhirath Abhisyanta Abibatou Abibo Abidin Abigaelle
Abigaïl Abigél Abimbola Abisola Abisoye Abluç Abondance Abou Aboubacar Abrahám Abramio Absalon Absolon Absolón
Aby Abyasa Abélard Abı Abılay Abşar Acace Acacie Acacio Acanthe Acar Acario Acaryatanaya Accursio Achaire
Achalesvara Acharyanandana Acharyasuta Achil Achiles Achille Achim Achintya Achyut Acilia Acilio Aciscolo
Acrisio Acun Adalan Adalard Adalardo Adalbald Adalbaude Adalbert Adalberta Adalberto Adalbéron Adaldı
Adalfredo Adalgisa Adalgiso Adalmış Adalric Adalrico Adalsinde Adama Adar Adaugo Adaş Adberilgen Addo
Addolorata Adeboye Adedayo Adegoke Adegrin Adegrine Adelajda Adelardo Adelasia Adelayida Adelberto Adelchi
Adelfo Adelgardo Adelin Adeliya Adelmo Adelphe Adeltrude Adelya Adem Adenet Adeodato Adheesh Adhiarja Adhiraj
Adhrit Adhémar Adiarja Adiba Adika Adikara Adikavi Adil Adile Adin Adinata Adinath Aditeya Aditya Adityanandan
Adityanandana Adjutor Adlı Adlıbeğ Adnân Adolfa Adolfo Adolfína Adolphie Adone Adonis Adonise Adraman Adrastée
Adrehilde Adriaan Adrijana Adrione Adripathi Adriyan Adrián Adriána Adsız Advaya Adwitiya Adwoa Adán Adèle
Adél Adéla Adélaïde Adélie Adéodat Adıgüzel Adık Adıkutlu Adıkutlutaş Afanasi Afanasiy Afanasiya Afanasy Afaq
Affan Afi Afia Afinogen Afitap Afonso Afra Afruza Afua Afzuna Afşar Afşin Afşın Afəl Afərim Agabio Agafiya
Agafon Agafya Agamennone Agap Agapet Agapito Agapiya Agasti Agastya Agathange Agathon Agaton Agazio Agenore
Agesilao Aggei Aggey Agilbert Agilberte Aglaia Aglaja Aglaé Agnan Agnane Agneflète Agnesa Agneya Agnieszka
Agnimitra Agniprava Agnivesh Agniya Agnos Agnès Agostina Agostino Agrata Agripina Agrippa Agrippin Agrippine
Agrypina Agus Agustina Agustín Agáta Agâh Ahalya Ahenk Ahilya Ahlem Ahmet Ahror Ahsen Aiace Aidano Aiden
Aimable Aimone Aimé Aimée Aino Ainārs Aisha Aishani Aisyah Ajeet Ajeng Ajiman Ajimat Ajimin Ajiono Ajit Akalp
Akande Akanni Akarsana Akata Akaş Akbatur Akbay Akbaş Akboğa Akbudak Akbulak Akbuğra Akbörü Akdemir Akdoğan
Akif Akifa Akkun Akkunlu Akkurt Akkuş Akmal Akofa Akorfa Akos Akosua Akpıra Akram Akroor Akshainie Akshaj
Akshat Akshata Akshayakeerti Akshita Aksungur Aktan Aktekin Aktimur Akua Akula Akulina Akumaa Akunna Akvelīna
Akwasi Akwesi Akça Akçakoca Akçora Akı Akıbudak Akım Akın Akıner Akınçı Ala Alaban Alabörü Aladağ Alade
Aladino Aladoğan Alakurt Alamanno Alambana Alarico Alassane Alayunt Alayuntlu Alaïs Alba Alban Albane Albano
Albena Alberico Alberte Albertýna Albertīne Albin Alboino Albrico Albérade Albéric Albín Albína Alceo Alceste
Alcibiade Alcide Alcidie Alcime Alcina Alcine Alcino Alcyone Alda Aldegonde Aldemir Aldobrando Aldonce Aldoğan
Aldıgerey Alea Aleandro Aleardo Aleaume Aleksa Aleksandar Aleksander Aleksandra Aleksei Aleksej Aleksey Aleksi
Aleksy Alemka Alen Alenka Aleodor Aleramo Alessa Alessia Alessio Aleth Alevtin Alevtina Alexandrea Alexandrine
Alexandru Alexanne Alexe Alexej Alexey Aleyna Aleška Alfio Alfonsa Alfonz Alfréd Alfréda Alfrēds Algiso Algu
Alican Alicja Aliette Alighiero Alima Alin Aliou Alioune Alisher Alistar Aliya Aliyah Alizé Aliénor Alişan
Alişir Aljoša Alka Alkabölük Alkaevli Alkan Alkaşı Alkış Alliaume Almerigo Almila Almine Almiro Alois Aloisie
Aloisio Alojz Alojza Alojzije Alok Aloyse Aloïs Aloïse Aloīzs Alp Alpagut Alpamış Alparsbeğ Alparslan Alpata
Alpay Alpaya Alpaykağan Alpbamsı Alpbilge Alpdirek Alpdoğan Alper Alperen Alpertunga Alpgerey Alphan
Alphonsine Alphée Alpike Alpilig Alpinien Alpkara Alpkutlu Alpkülük Alptegin Alptunga Alpturan Alptutuk
Alptuğrul Alpuluğ Alpurungu Alpurungututuk Alpyörük Alpış Alpşalçı Alsu Altan Altankan Altankağan Altay Altea
Altemur Althée Altmışkara Altuga Altın Altınkan Altınkağan Altınoba Altıntamgan Altıntamgantarkan Altıntarkan
Altıntay Alvar Alvaro Alverède Alviero Alvise Alvīne Alwar Aly Alya Alícia Alíz Alımga Alžbeta Alžběta Ama
Amabela Amabile Amadeo Amadeus Amadou Amady Amahle Amaliane Amalija Amalric Amalthée Amand Amande Amandin
Amandine Amando Amant Amante Amanzio Amar Amaranaath Amarande Amaranthe Amaranto Amaresh Amarnath Amath Amato
Amatore Amauri Amaya Amaç Ambar Ambra Ambre Ambrogio Ambroise Ambroisie Ambrosiano Ambroży Ambrož Ambróz Amdy
Amedeo Amedeu Amelio Amelya Ameth Ameyatma Amico Amiel Amilcare Amin Amina Aminat Aminata Aminte Amintore
Aminu Amira Amleto Ammâr Amodini Amogh Amon Amone Amore Ampelio Amrak Amrit Amrita Amritambu Amul Amvrosi
Amvrosiy Amvrosy Amza Amália Amálie Amát Amáta Amédée Amélia Améliane Amélie Amélien Améthyste Amālija Anaadi
Anabela Anacleto Anagh Anaida Anala Anamaria Anamarija Anamika Anand Ananda Anandamayi Anang Anani Ananiy
Ananta Anany Anar Anas Anasooya Anastas Anastase Anastasi Anastasija Anastasije Anastasiy Anastasiya Anastasy
Anastazija Anastazja Anastáz Anastázia Anastázie Anasuya Anatoli Anatolie Anatoliy Anatoliya Anatoly Anatázie
Anatólie Anaël Anaëlle Anaïs Anca Ancelin Anceline Anci Ancica Ancilla Ancuța Anda Andarıman Andaç Andel
Andelin Andelko Andelo Andoche Andrada Andreea Andreja Andri Andrija Andrijana Andrina Andriy Andro Andromeda
Andron Andronik Andry Andrzej András André Andrée Andrés Andéol Anděl Anděla Andělín Andělína Andżelika
Andžejs Andžs Anej Anele Anemona Anesa Aneta Anežka Anfisa Angadrême Anggabaya Anggun Anghel Anghelina Angilbe
Angilberte Angilran Angoustan Angèle Angélina Angélique Anicet Aniceto Anicette Anicée Aniello Anikei Anikey
Anikita Anil Anila Anilaabh Anilabh Anish Anisim Anișoara Anja Anjali Anjaneya Anjushree Anjushri Anka Ankal
Anko Annagrazia Annalena Anneke Anneli Annelie Annemijn Annibal Annibale Annika Annikki Annonciade Annunziata
Anom Anora Anouar Anouk Anrijs Ansaldo Ansbert Ansberte Anselme Anselmo Ansgar Ansgary Anshula Ansovino
Anstrudie Antal Antea Antek Antelmo Antero Anthelme Anthelmette Antide Antigone Antim Antimo Antino Antioco
Antip Antoaneta Antonela Antonello Antonida Antonija Antonine Antoniu Antoniy Antoniya Antonín Antti Antun
Antónia António Antônio Anuja Anunay Anuraag Anurag Anusuya Anuța Anvar Anwesha Anzhela Anzhelika Ançuk Anči
Ančica Anđela Anđelika Anđelina Anıl Anšlavs Apa Apak Apatarkan Aphélie Apolena Apollina Apollinaire
Apollinare Apollinari Apollinariy Apollinariya Apollinary Apolline Apollo Apollon Apollonia Apolloniya Appia
Aprançur Apsara Apuleio Aqil Aquilin Aquilino Araboğa Arademir Aram Arame Aranka Aras Aratone Arbay Arbuz
Arcadie Arcadio Archambaud Archan Archange Archimede Archippo Arcibaldo Ardito Arduino Ardıç Arefi Arefiy
Arefy Aresio Areta Argelia Argimiro Argine Argo Argono Argu Argun Argıl Ariadna Arialdo Arian Ariane Arianna
Ariberto Aricie Ariele Arif Arina Arindam Ariosto Aris Aristarco Aristarkh Ariste Aristeo Aristid Aristide
Aristione Aristița Aristo Aristofane Aristotele Arjun Arkadi Arkadiusz Arkadiy Arkadiya Arkady Arkhip Arkád
Arkādijs Arkın Armance Armande Armandine Armağan Armel Armeline Armelle Armida Armide Armine Arminio Armīns
Arna Arnaud Arnaude Arnaç Arnesh Arno Arnolda Arnould Arnošt Arnoštka Arolde Arona Aronne Arpat Arpád Arrigo
Arsal Arsen Arseni Arsenie Arsenije Arseniusz Arseniy Arseny Arsinoé Arsipatra Arslan Arslanargun Arslanbörü
Arslansungur Arslantegin Arslanyabgu Arslon Arsène Arsènie Arsıl Arta Artanto Artawan Artem Artemi Artemisa
Artemiy Artemiya Artemy Arthaud Arthurine Arthème Artuk Artukaç Artut Artuš Artémis Artıınal Artūrs Aruk Arun
Aruna Arunthavanathan Arved Arvid Arvīds Arwen Arya Arystarch Arzen Arçuk Arı Arıboğa Arıkağan Arıkdoruk Arın
Arınç Arşun Asad Asadulloh Asal Asartegin Ascanio Ascelin Asceline Asdrubale Asel Asella Asha Ashlesh Ashok
Asija Asil Asila Asilbek Asimodeo Asirwada Asirwanda Asiya Asja Askold Aslesha Aslijan Asliya Aslım Asmadi
Asman Asmianto Asmuni Asolat Asrı Assomption Assunta Assunto Asta Astarté Asterio Astianatte Astou Astrida
Astrée Astrīda Astérie Asuela Asuğ Aswani Asya Asım Asığ Ata Atakan Atakağan Atalan Atalay Ataldı Ataleo
Atalmış Ataman Atanas Atanasia Atanasio Atanazy Atanázie Atanáš Atasagun Atasu Ataç Atberilgen Atena Athalie
Athanase Athanasie Athina Athos Athénaïs Atila Atilla Atlı Atlıbeğ Atlıkağan Atma Atmaca Atmaja Atmanand
Atmananda Atreyee Atreyi Atsız Atta Attila Attilano Attilio Atunçu Atâullah Atıf Atıgay Atıkutlu Atıkutlutaş
Atıla Atılgan Atım Atımer Atış Aubertine Auberto Audace Aude Audebert Audeline Audouin Audran Augustín
Augustýn Augustýna Aulia Aure Aurelian Aureliana Aureliano Aurelio Aurelián Aurelle Aurian Auriane Aurica
Aurică Auro Aurèle Aurélia Aurélie Aurélienne Aurēlija Ausilia Ausiliatrice Ausilio Auxane Auxence Avadhesh
Avani Avantika Avar Avaz Avdei Avdey Averardo Averki Averkiy Averky Averyan Avgust Avgustin Avigaëlle Avksenti
Avksentiy Avksenty Avluç Avni Avoye Avreli Avreliy Avreliya Avrely Avrora Avtonom Avxentiy Avşar Awa Awesi
Axeline Axelle Axinte Aya Ayan Ayana Ayanda Ayas Ayaz Ayaçı Ayaş Aybalta Ayban Aybars Aybeğ Aydan Aydarkağan
Aydemir Ayden Aydoğan Aydoğdu Aydoğmuş Aydın Aydınalp Ayebatari Aygül Aygün Aygırak Ayhan Ayinde Ayize Aykal
Aykan Aykağan Aykurt Aykut Ayla Ayleen Aylin Ayluç Ayluçtarkan Ayma Ayman Aymard Aymardine Aymeric Aymon
Aymonde Aynur Ayoub Ayren Ayruk Aysar Ayse Aysılığ Aytak Aytaç Aytekin Aytuğ Aytən Ayu Ayushmati Ayvaz
Ayyıldız Ayıtmış Ayız Ayızdağ Ayşıl Aza Azak Azaliya Azalée Azamat Azari Azariy Azary Azban Azeglio Azelia
Azeline Azelio Azer Azgan Azganaz Aziz Aziza Azizhan Azmi Azra Azubuike Azzurra Azélie Azıl Açela Açelya Açuk
Açık Açılay Açığ Aïcha Aïda Aïssa Aïssata Aïssatou Aćim Ağabay Ağakağan Ağalak Ağlamış Ağça Aīda Aļģirds Aļģis
Aşan Aşanboğa Aşantudun Aşantuğrul Aşkın Aştaloğul Aşuk Aşıkbulmuş Baaba Baala Baalaaditya Baalagopaal Baba
Babacan Babacar Babeta Babila Babur Babır Bacco Badabul Badr Badruk Badur Bafana Bagas Bagiya Bagus Bagya Baha
Bahadır Bahar Bahodir Bahri Bahriddin Bahrom Bahtiyar Bahula Bahuraksa Bahuwarna Bahuwirya Baidehi Baijayanti
Bajragin Bakary Bakağul Bakda Bakhtiyor Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Baksı Bakti Baktiadi
Baktianto Baktiono Bakula Bakır Bakırsokum Bakşı Bala Balaaditya Balaban Balachandra Baladitya Balagopal
Balagovind Balaka Balakatay Balamani Balamantri Balamır Balangga Balapati Baldassarre Balderico Baldo
Baldomero Baldovino Baldu Balgopal Balidin Balijan Balkık Balta Baltacı Baltar Baltazar Balthazar Baltur
Baltır Balázs Balçar Balın Bambang Bambina Bamsı Banara Banawa Banawi Bancar Bandhu Bandhul Bangizwe Bangu
Banji Bankim Bankimchandra Bankole Banna Banu Baptiste Bara Barak Baraktöre Baran Barbarigo Barbeğ Barbol
Barbora Barboğa Barbro Barbu Barbulsun Barchinoy Bardo Bardomiano Bardıbay Bargan Barica Baris Barkan
Barkdoğdu Barkdoğmuş Barkdurdu Barkdurmuş Barkın Barlas Barlıbay Barmaklak Barmaklı Barnaba Barnabás Barnabáš
Barnabé Barno Barsaba Barsbeğ Barsboğa Barsgan Barsimeo Barskan Barsurungu Barthélemy Bartimée Bartolo
Bartolomea Bartolomej Bartolomeu Bartoloměj Bartu Barça Barçadoğdu Barçadoğmuş Barçadurdu Barçadurmuş Barçan
Barçatoyun Barımtay Bas Basademir Basan Basanti Basanyalavaç Basar Basarab Basat Basileo Basilia Basilisse
Baskın Basmıl Bassiano Bassilla Bastiaan Bastiano Bastuğrul Basu Basut Bathilde Batilda Batrak Battal Battista
Batu Batuhan Batuk Batur Baturalp Baudouin Bayankağan Bayançar Bayat Bayazıt Baybars Baybayık Baybiçen Baybora
Bayboğa Baybüre Baydar Baydemir Baydur Baykal Baykara Baykoca Baykuzu Baymünke Bayna Baynal Baypüre Bayrak
Bayram Bayraç Bayruk Bayrı Bayrın Baysungur Baytara Baytaş Bayunçur Bayur Bayurku Bayutmuş Bayuttu Bayık
Bayındır Bayınçur Bazhen Bazil Bazyli Bazır Baçara Baçman Baççayman Bağa Bağaalp Bağan Bağatarkan
Bağatengrikağan Bağatur Bağaturgerey Bağaturipi Bağatursepi Bağaturçigşi Bağaışbara Bağaşatulu Bağdagül Bağtaş
Baņuta Başak Başbuğ Başgan Başkurt Başkırt Baştar Başçı Beata Beato Beatrycze Beatus Bedir Bedirhan Bediz
Bedran Bedreddin Bedri Bedřich Bedřiška Begi Begil Begine Begitutuk Beglen Begni Begoyim Behiç Behlül Behram
Behrem Behruz Behzat Behçet Bek Bekazıl Bekbekeç Beker Bekeç Bekeçarslan Bekeçarslantegin Bekeçtegin Bekir
Beklemiş Bekmurod Bektaş Bektür Bela Belek Belemir Belgi Belgüc Belimir Belina Bellino Belma Belo Beltir
Beltramo Beltun Belçim Belçir Bence Bende Bendegúz Benedek Benedita Benedykt Benett Bengi Bengü Beniamin
Beniamina Benice Benigna Benigno Benja Benjamim Benjamín Benjámin Benli Benlidemir Bennet Benno Benone Benoît
Bente Benthe Benvenuta Benvenuto Benício Bera Berardo Berat Berceste Berdibeğ Berend Berendey Berengario
Berenika Berginsenge Bergü Berinay Berislav Berit Berkan Berkay Berkin Berkiş Berkyaruk Bermek Bernadetta
Bernarda Bernd Beronico Berran Berre Bertalan Bertille Bertold Bertolda Bertoldo Bertolfo Berva Berçin
Besentegin Besim Besra Betania Betemir Betina Beuve Beyizçi Beyrek Beyrem Beáta Beçeapa Beçkem Beāte Beğarslan
Beğbars Beğbilgeçikşin Beğboğa Beğdemir Beğdilli Beğdurmuş Beğkulu Beğtaş Beğtegin Beğtüzün Beğçur Beňadik
Beşer Beşir Bhaanumati Bhaasvan Bhaaswar Bhadra Bhadrak Bhadraksh Bhadran Bhagavaan Bhagirathi Bhagvan
Bhagwanti Bhagwati Bhamini Bhanumati Bharadwaj Bharat Bhardwaj Bhargava Bhargavi Bhasvan Bhaswar Bhaumik
Bhavani Bhaves Bheeshma Bhekimuzi Bhekizizwe Bhekumbuso Bhilangana Bhima Bhisham Bhishma Bhoj Bhoopat Bhoopati
Bhooshan Bhooshit Bhramar Bhudev Bhudeva Bhupati Bhupen Bhushan Bhushit Bhuvanesh Bhuvaneshwar Biagio Bibiana
Bibianna Bibiano Bibiána Bice Bilal Bilgebayunçur Bilgebeğ Bilgekan Bilgekağan Bilgekutluk Bilgekülüçur
Bilgetamgacı Bilgetardu Bilgetaçam Bilgetegin Bilgetonyukuk Bilgez Bilgeçikşin Bilgeışbara Bilgeışbaratamgan
Bilgin Bilgiç Bilig Biligköngülsengün Bilik Biljana Billurə Bilol Bilomir Biloslav Biloslava Bilva Bilwa
Bilyana Bilâl Binafsha Binbeği Bindir Bindo Bineta Bino Binta Bintou Birane Birgita Birgitte Birino Birjesh
Birol Bisenija Biserka Bishnu Bivoj Biçek Bjarne Björn Bjørn Blagica Blagoje Blagovista Blahomil Blahomila
Blahomír Blahomíra Blahoslav Blahoslava Blaise Blandine Blanduzia Blanka Blažej Blažena Boaz Boban Bobana
Bobur Bodhan Bodhi Bodi Boet Bogdan Bogdana Boglárka Bogoljub Boguslava Bohdan Bohdana Bohuchval Bohumil
Bohumila Bohumír Bohumíra Bohun Bohuna Bohuslav Bohuslava Bohuš Bohuše Bohémond Bojan Bojana Bojislava Boldaz
Boldizsár Bolemír Boleslav Boleslava Bolmuş Bolsun Bolun Bon Bonagiunta Bonaldo Bonaventura Bonavita Boncuk
Bonginkosi Bongul Bongulboğa Bonifacio Bonifác Bora Boran Borbála Borek Borimir Borimisl Borislav Borislava
Borivoje Borjan Borka Borko Borlukçu Borna Bornak Bortolo Borys Borçul Boróka Bosiljka Botir Botond Bouba
Boubacar Boubou Bouchard Boyan Boyankulu Boylabağa Boylabağatarkan Boylakutlutarkan Bozan Bozbörü Bozdoğan
Bozhemir Bozhen Bozhena Bozkurt Bozkuş Bozok Boğaç Boğaçuk Boļeslavs Bořek Bořislav Bořislava Bořivoj Boško
Boža Božena Božetěch Božetěcha Božica Božidar Božidara Božislav Brahma Brahmaanand Brahmabrata Brahmanandam
Brahmdev Brajan Brajendra Brajesh Brancaleone Brando Branimir Branimira Branimír Branimíra Branislav
Branislava Branka Brankica Branko Bratimir Bratislav Bratomil Bratoslav Breno Briac Brieuc Brigita Brijesh
Bronislav Bronislava Broņislavs Bruna Brunehaut Brunehilde Brunilde Bruto Bryachislav Brygida Brájen Brândușa
Brăduț Buchi Bucur Budak Budağ Buddhana Budhil Budi Budimir Budimír Budislav Budivoj Budunlu Buhle Bukak
Bukaktutuk Bukola Bulak Bulan Bulaçapan Buldur Bulgak Bulmaz Bulmuş Buluk Bulut Buluç Buluğ Buluş Bumın Bunsuz
Burak Burevist Burguçan Burhan Burhon Burkay Burslan Burulday Burulgu Burunduk Burçak Busisiwe Butak Butuk
Buyan Buyandemir Buyankara Buyançuk Buyat Buyraç Buyruk Buyruç Buytur Buzaç Buzaçtutuk Buçan Buçur Buğday
Buğra Buğrakarakağan Buşulgan Bystrík Bálint Bárbara Bâki Béatrice Bénigne Bénédicte Béranger Bérangère Bérard
Bíborka Bögde Böge Bögü Bökde Böke Bölen Bölükbaşı Bönek Bönge Börteçine Börü Börübars Börüsengün Büdüs
Büdüstudun Bügdüz Bügdüzemen Büge Bügü Bükdüz Büke Bükebuyraç Bükebuyruç Bükey Büktegin Büküşboğa Bülent Bümen
Bünyamin Bünül Büre Bürgüt Bürkek Bürküt Bürlük Büğübilge Bārbala Bănel Běla Bıdın Bıtaybıkı Bıtrı Bıçkı
Bıçkıcı Błażej Břetislav Břetislava Bəhram Bəhruz Bəxtiyar Bəyaz Caetana Cafer Cagak Cager Cahid Cahya Cahyadi
Cahyanto Cahyo Cahyono Caino Caio Caius Caket Cakrabirawa Cakrabuana Cakrajiya Cakrawala Cakrawangsa Calanico
Calcedonio Calebe Calista Calixte Callisto Calogera Calogero Calpurnia Camelia Camil Camillien Camillo
Camélien Canalp Candido Candrakanta Canel Caner Cangül Cankan Cannur Cansel Cansu Cansın Cantemir Cantidio
Canziano Capa Capitolina Capucine Caraka Caribert Caridad Carles Carlijn Carloman Carmelo Carminho Carmo
Caronte Carponio Carub Cas Casian Casiana Casilda Casimira Casimiro Cassiano Cassien Cassio Cassiopea Casto
Cataldo Cataleya Catalina Catena Catinca Cato Catrin Catrinel Catullo Catur Caturangga Cauã Cavid Cawisadi
Cawisono Cawuk Cayadi Cazimir Cebe Ceca Cecco Cecep Cecilie Cecylia Cecyliusz Cecília Cecílie Cedrik Cedrin
Celal Celasun Celestin Celestýn Celestýna Celil Celinia Celso Celâleddin Cem Cemal Cemali Cemani Cemeti Cemil
Cemplunk Cengkal Cengkir Cenk Cerasela Ceren Cesario Cevahir Cevat Ceyda Ceyhun Ceyla Ceylan Ceylin Ceylinaz
Cezar Cezara Cezary Cezmi Chaanakya Chaaruchandra Chaitan Chakor Chakradhar Chakravartee Chakravarti Chakrika
Chanakya Chandak Chandan Chandani Chandi Chandini Chandira Chandni Chandraayan Chandrabhaga Chandrabhan
Chandradev Chandrakala Chandraketu Chandrakin Chandramani Chandramauli Chandramohan Chandran Chandranath
Chandrani Chandraprabha Chandraswaroopa Chandravati Chapal Chapala Charak Charl Charlaine Charlemagne
Charuchandra Charumati Charuvrat Charvi Chaten Chatur Chatura Chaturaanan Chaturbhuj Chayenne Cheikh Cheikhou
Chekhouna Cherechi Cherif Cherubino Cheslav Chetan Chetanaanand Chiaffredo Chiamaka Chiara Chidaakaash
Chidaatma Chidambar Chidambaram Chidananda Childebert Chilpéric Chimamanda Chinedu Chinmayanand Chinmayananda
Chinyere Chiranjeev Chiranjeeve Chisom Chitraksh Chitrali Chitramala Chitrangada Chizoba Chloé Chornota
Chrabroš Chraniboj Chranibor Chranislav Chranislava Christelle Christer Christiaan Christodule Chrudoš
Chrysole Chrysostome Chrétien Chukwu Chval Ciaobella Cici Cihad Cihan Cihangir Cihanşah Cilvenaz Cino Cinta
Cinthia Cinzia Ciprian Cipriana Cipriano Cirano Ciriaco Cirilla Cirino Citra Civan Claas Claes Clarenzio
Clarisa Claudien Claudiu Cleandro Clelia Clemenzia Cleofe Cleonico Climaco Clinio Clodomiro Clodoveo Clorinda
Clotaire Clotilde Cléandre Clélie Clémence Clémentine Cléry Coco Codin Codrin Codrina Codruț Codruța Coen
Cointa Coline Colins Collien Colmanno Colmazio Colomba Colombano Concepción Concetta Concetto Concordio Conner
Constança Constanța Coralia Corbiniano Coreno Corentin Corentine Coriolano Cornel Cornelio Cornelis Corneliu
Coronato Corrado Corvin Cosima Cosma Cosmin Cosmina Costache Costante Costantino Costanzo Costel Costin Coumba
Coşkun Coşkuner Cremenzio Crenguța Crescente Crescenzia Crescenzio Crespignano Crina Crispino Cristaldo
Cristea Cristiana Cristián Cristofor Cristoforo Cristóbal Crocefissa Crocefisso Cronida Csaba Csanád Csenge
Csongor Ctibor Ctibora Ctirad Ctirada Ctislav Ctislava Cumhur Cunegonda Cuniberto Cupido Cuzia Cvijan Cvijetin
Cyntie Cyprien Cyprián Cyra Cyriaque Cyrielle Cyrila Cyryl Cândar Cécile Cédric Céleste Célestin Célestine
Célia Célien Céline Césaire César Cézar Cübeyr Cüneyt Călin Cătălin Cătălina Cılasun Daan Daantje Dabiživ
Dacian Daciana Daciano Dacin Dacio Dada Dadap Dadi Daevi Daevika Dafina Dafne Dagel Dagmara Dagmāra Dagoberto
Daiana Dainuvīte Daiwik Dajana Daksha Dakshayani Dalemir Daleslava Daley Dalibor Dalibora Daliborka Dalida
Dalie Dalima Daliman Dalimil Dalimila Dalimin Dalimír Dalimíra Daliono Dalmazio Damar Damaso Damayanti Damiana
Damil Damilare Damilola Damin Damir Damián Damiána Damjan Damjanka Damla Damocle Damodara Damu Danang Dandak
Dandapaani Danijel Danijela Danilo Danio Danique Daniswara Daniël Danjuma Danka Danko Danu Danuja Danuta
Danuše Daouda Daphné Darek Darian Dariana Dariati Darie Darija Darijan Darimin Darina Darinka Darislava
Dariusz Dariy Darja Darko Darmaji Darman Darmana Darmanto Daromir Darshan Darshwana Darsirah Dartono Daru
Daruna Dary Daryani Dasa Datta Davi Davino Davor Davorin Davriya Davron Davud Davyd Dawid Dax Dayaamay
Dayaananda Dayaanidhi Dayamayee Dağhan Dea Decebal Decimo Deeksha Deen Deenabandhu Deepali Deepan Deepankar
Deependra Deepesh Deeptanshu Deeptendu Deeptiman Deeptimay Deeptimayee Deeptimoy Deeptimoyee Deevakar Defne
Degna Dejan Dejana Delfina Delfino Delie Delizia Delphin Demba Dementi Dementiy Dementy Demet Demetrio
Demetriusz Demi Demid Demiralp Demirhan Democrito Demostene Demyan Deneval Denisa Denisz Deniz Denizalp
Deodata Deodato Derin Derviş Derya Desanka Desiderato Desiderio Desimir Despina Destan Deste Devadatt Devagya
Devajyoti Devak Devangana Devani Devasree Devdan Deven Devesh Deveshwar Devika Devota Devran Devvrat Dewi Dexx
Dezider Dhaanyalakshmi Dhana Dhanadeepa Dhanalakshmi Dhananjay Dhanapati Dhanesh Dhanpati Dhanu Dhanvin Dhara
Dharani Dharitri Dharmaketu Dhatri Dhruv Dhyanesh Dhyaneshwar Diah Diamante Dianora Diarra Dicle Diclehan Dida
Didem Didier Didimo Didina Diede Dieke Dieudonné Dieudonnée Dieynaba Digambar Digambara Digdaya Dijana Dikmen
Diksha Dilafruz Dilara Dilarə Dilaver Dilay Dilbar Dilberay Dildora Dildâr Dilek Diler Diletta Dilfuza Dilhan
Dilmurod Dilnoza Dilorom Dilrabo Dilruba Dimas Dimaz Dimitrij Dimitrije Dimitrina Dinakar Dinda Dinesh Dinis
Dinkar Dinu Dinç Dinçer Diocleziano Diodata Diodoro Diogene Diogo Diomede Dionigi Dionisia Dionizy Dionýz
Dionýzos Dipa Dipali Dipankar Dipendra Dipesh Diptendu Direnç Diri Dirja Ditya Divaakar Divakar Diviš Diviška
Divjot Divna Divo Divya Diyana Diyor Diyora Dizik Diána Diāna Djayden Djenna Djibril Dluhoš Dmitriy Dmitro
Dmitry Dobrava Dobrila Dobrinka Dobromil Dobromila Dobromir Dobromira Dobromisl Dobromisla Dobromysl Dobromír
Dobromíra Dobroslav Dobroslava Dochia Doda Dodato Doina Doleslava Dolunay Dolyana Domagoj Domenica Domenik
Domezio Dominika Domiziano Domnica Donald Donalda Donat Donata Donatella Donatello Donato Donka Dono Donát
Donáta Dorana Dorcas Dorel Doriana Doriane Doriano Dorica Dorin Dorina Dorinel Dorit Dorián Dorka Dorli
Dorofei Dorofey Dorota Doroteja Doroteo Dorothée Dorottya Dorthe Doru Doubrava Doubravka Douce Douwe Dovud
Doğan Doğanay Doğaner Doğu Draga Dragan Dragana Dragica Draginja Dragiša Dragoje Dragojlo Dragoljub Dragoslav
Dragoș Dragutin Drahomil Drahomila Drahomír Drahomíra Drahoslav Drahoslava Drahotín Drahotína Drahoň Drahoš
Drahutin Drahuše Drajat Draupadi Draža Dražen Dren Drina Dron Druina Držimir Držislav Dua Duanne Duarte
Dubravka Dubravko Duccio Duco Ducu Duduzile Duilio Duje Dujo Dulari Dulina Dumisani Dumitra Dumitrana Dumitru
Dunja Durdona Durga Durgeshwari Durmuş Duru Dururbunsuz Dustin Duuk Duygu Dušan Dušana Dušanka Dušica Duška
Duško Dwaipayan Dwaipayana Dwi Dyah Dylano Dzirkstīte Dzīle Dániel Dávid Dáša Dâver Débora Dóra Döndü Dündar
Dünya Dürdane Dürriye Dāgs Dārta Dāvids Dāvis Děpold Dětmar Dětřich Dəniz Ebe Eberardo Ebiere Ebin Ebiowei
Ebkızı Ebren Ebru Ebuzer Ecaterina Ecclesio Ece Ecehan Ecem Ecevit Ecmel Ecrin Ecvet Edda Edelberga Edgars
Edhem Edil Edilberto Edison Editta Ediz Edmond Edmondo Edmée Edoardo Eduarda Eduards Edvarda Edvige Edvin
Edvín Edvīns Edyta Edīte Edžus Eef Eefje Eekalabya Eero Eeva Efe Efim Efisio Efken Eflah Efraim Efsun Eftalya
Eftimia Eftimie Ega Ege Egemen Egeo Egidio Eginardo Egisto Egizia Egle Egmont Egona Egīls Einārs Eirik Eižens
Eja Eka Ekaaksh Ekadant Ekaksh Ekalavya Ekaling Ekaparnika Ekdant Ekeç Ekim Ekin Ekmel Eko Ekow Ekrem Ela
Elaide Elakshi Elanur Elbek Elda Eldor Elea Eleazar Elektra Eleonóra Elettra Eleuterio Elfrída Elfrīda Elgin
Eliabeth Eliah Eliana Eliano Eliasz Elif Elifio Eligio Elimena Elin Elina Eline Elio Eliodoro Elisabeta
Elisaveta Elisea Elisei Eliseo Elisey Elizar Elizaveta Elize Elizej Elizeus Eliáš Eliška Elkin Ellada Elma
Elmar Elmas Elmurod Elmārs Elmīra Elnarə Elnur Elodia Elodie Elogio Elon Eloá Elpidio Elti Eluh Elvan Elvezio
Elvia Elvino Elvíra Elvīra Elyanora Elynn Elyor Elza Elçin Elène Elísio Elīna Elīza Elżbieta Eman Emanoil
Emanuela Emanuelly Emanuil Emas Embuh Emced Emeka Emel Emelie Emely Emelyan Emerich Emese Emidio Emil Emilian
Emiliana Emiliano Emilija Emilijan Emiliya Emilián Emin Emine Emirhan Emmanuelle Emmanuil Emmelie Emmely
Emmerico Emong Empirio Empluk Emrah Emre Emrullah Emília Emílie Emīlija Emīls Enakshi Endah Ender Enderun
Endra Endrigo Enea Enecone Enes Engin Enguerrand Enie Enimia Enis Enise Enna Ennio Enno Ensar Ensio Enteng
Enver Enya Enzo Epifan Eracla Eraclide Eraldo Eralp Erardo Erasmo Erast Eray Erazim Erazmus Erberk Erberto
Ercan Ercolano Ercole Ercüment Erdal Erdem Erdeni Erdenikatun Erdeniözük Erdinç Erel Eremei Eremey Eremia Eren
Erenia Erentüz Ergene Ergenekatun Ergin Ergün Ergüner Erhan Eriberto Erico Erinç Erke Erkki Erkâm Erkân Erman
Ermelinda Ermen Ermenegarda Ermenegilda Ermenegildo Ermes Ermete Ermil Ermilo Erminio Ermolai Ermolay Ermīns
Ernestina Ernestīne Erofei Erofey Erol Eros Ersilia Ersin Ertan Erten Ertenözük Ertuğrul Ervín Ervína Ervīns
Erçin Erşan Esat Esaù Esben Esen Esenbike Eser Esha Eshana Eshita Esi Esin Esmee Esmeray Esmira Esmée
Esperanza Esse Estela Estera Esterina Estiawan Estiono Esuperio Eszter Etela Eterie Ethem Etil Eubert Euclide
Eudes Eudokia Eudoksja Eudoxe Eudoxie Eufebio Eufemia Eufemio Eufrasia Eufronio Eufrosina Eufrozina Eufrozína
Eugeniusz Eugène Eugénia Eugénie Eulalia Eulálie Eunika Euphrasie Euridice Eusebia Eusebie Eusebio Eusebiu
Eusebius Euseo Eustache Eustațiu Eustorgio Eustosio Eustracjusz Eusèbe Eusébie Eutalia Eutalio Evald Evaldo
Evandro Evanghelina Evarist Evaristo Evasio Evdokija Evdokim Evdokiya Evelien Eveliina Evelína Evelīna
Everardo Evfrosiniya Evgeni Evgeniy Evgeniya Evgeny Evgraf Evi Evidio Evlampi Evlampiy Evlampy Evodio
Evpraksiya Evpraxiya Evran Evremondo Evren Evsei Evsey Evstafi Evstafiy Evstafy Evstignei Evstigney Evşen
Evžen Evženie Ewa Ewelina Eyiz Eylül Eymen Eyram Eyüp Eyşan Ezechiele Ezio Ezrak Eğrim Eşref Faas Fabia
Fabiana Fabie Fabienne Fabijan Fabiola Fabián Fabiána Fabiënne Fabrice Fabrizio Fabrícia Fabrício Fadei Fadey
Fadime Fadıl Fahrettin Fahri Fahriddin Fahriye Fahrünissa Faik Faiq Faizah Falba Falk Famiano Famke Fanta
Fantin Fantine Fanyana Farangiz Fardau Farhunnisa Farida Faris Farruh Faruk Fasih Fathonah Fatih Fatim Fatima
Fatimata Fatimə Fatin Fatma Fatou Fatoumata Fatoş Faust Fausta Faustin Fausto Faustýn Faustýna Faya Fayen
Fayenne Faysal Fayzbek Fazilat Fazilet Fazio Fazliddin Fazlı Fazullah Fazıl Febe Febi Febriana Febrina Feda
Fedai Fedde Fedele Fedor Fedosi Fedosiy Fedosy Fedot Fedro Fehime Fehmi Feliciano Felicie Felicita Felicitas
Felicián Felina Felícia Felície Femke Femm Fenja Fenna Fenne Feodosiya Feofan Feoktist Ferah Feramuz Feramuş
Ferapont Feray Ferda Ferdi Ferdinando Ferdynanda Ferenc Ferhan Ferhat Feride Feridun Feriha Ferit Ferman
Fermiano Fermo Ferre Ferruccio Ferruh Feruza Festo Fevroniya Fevzi Feyyaz Feyza Feyzullah Fiacre Fiammetta
Fidan Fidelie Fidelius Fidenziano Fidenzio Fidèle Fieke Fien Fiene Fiep Fiete Figen Fiifi Fikret Fikri Fikriye
Filaret Filemon Filibert Filiberto Filimon Filipa Filipe Filipp Filiz Filofteia Filomen Filomena Filomeno
Filoména Filotije Filou Fily Finia Finja Finnja Finnley Fiodor Fiordaliso Fiore Fiorella Fiorenza Fiorenziano
Fiorenzo Firdavs Firdevs Firmin Firuzə Fitrat Fitri Fitria Fitriani Flaminia Flavia Flaviana Flaviano Flavie
Flavien Flavio Flaviu Flavius Flavián Fleano Floare Floarea Flodoard Floortje Florea Florencja Florent
Florentin Florentina Florentine Florentýn Florentýna Florența Florestan Floriana Floriano Florica Floridia
Florine Florián Foca Foka Folco Foma Fortunat Fortunata Fortunato Fortunát Fortunée Fos Fosca Fosco Foti Fotih
Fotima Fotiy Foty Foulques Franca Francette Francia Francisc Francisque Franciszek Franciszka Franco Franjo
Franka František Františka Franziska François Françoise Frederike Fredrik Freek Freja Frenkie Freya Frida
Frido Fridolín Fridrich Frol Frontiniano Frusina Fruzsina Fryderyk Fráňa Frédéric Frédérique Frída Frīda Fuat
Fulbert Fulberto Fulcran Fuldem Fulden Fulgence Fulgenzio Fulvio Fulya Funani Funda Funmilade Funmilayo Furio
Furkan Furkân Furseo Fuscolo Fuzuli Fynn Fyokla Fábio Fâlih Féba Félicie Félicité Félix Füreyya Füruzan Füsun
Fərqanə Fərəh Fəxriyyə Gabin Gabino Gabrijela Gabriël Gada Gadang Gading Gadis Gaduh Gaetano Gaffar Gaglioffo
Gaia Gaiman Gaio Gaj Gaja Gajaadhar Gajabahu Gajadhar Gajana Gajbaahu Galak Galaktion Galang Galar Galatea
Galdino Galeazzo Galfryd Galih Galileo Galiono Gallicano Galuh Galur Gaman Gamani Gamanto Gambira Gamblang
Gamze Ganak Ganaka Ganapati Ganda Gandewa Gandharv Gandharva Gandi Gandolfo Ganep Ganesh Ganesha Gangesh
Gangsa Gangsar Ganjaran Ganna Gantar Gara Garan Garance Garang Garda Garika Garimberto Garnier Garnoslav Garud
Garuda Gaspare Gasti Gastone Gati Gatien Gatik Gatot Gatra Gatsha Gaud Gaudenzia Gaudenzio Gaudino Gauraang
Gaurang Gauranga Gautam Gautama Gautami Gautier Gautiero Gavino Gavrila Gavrilo Gavxar Gawati Gayatri Gazanfer
Gazi Gaël Gaëlle Gašpar Gbeminiyi Gbemisola Geanina Gedeon Gedeone Geeta Geetanjali Gejza Gelena Gelin
Gelincik Gellért Gelsomina Geltrude Gelu Gema Gemine Geminiano Gemma Genadij Gencer Generosa Generoso Genesia
Genesio Geneviève Gennadi Gennadiy Gennady Gennaro Genoveffa Genta Genziano Gențiana Geoffroy Georgel Georgije
Georgiy Geraldina Gerarda Gerardina Gerasim Gerasimo Gerazim Gerazym Gerberge Gerbert Geremia Gergely Gergő
Gerharda Gerino Germano Germán Gerolamo Geronimo Geronzio Gerrit Gertrúda Gervais Gervasio Gesualdo Geta
Gevheri Ghaliyati Ghanaanand Ghanashyam Ghani Ghanshyam Ghenadie Gheorghe Gheorghiță Gherghina Ghislain Ghita
Ghiță Giacinto Giacobbe Giada Giadero Giambattista Gianbattista Giancarlo Giandomenico Gianfranco Gianluca
Gianluigi Gianmarco Gianmaria Gianmario Gianpaolo Gianpiero Gianpietro Gianuario Giasone Gibran Gicu Gică Giel
Gifty Gigliola Gijs Gilang Gildo Giliola Gillo Gineto Ginewra Gioacchina Gioacchino Giobbe Gioberto Gioconda
Giocondo Gioele Gioia Giona Gionata Giorgian Giorgiana Giosuele Giosuè Giotto Giove Gioventino Giovenzio
Girardo Girart Giray Giri Girija Girik Girika Girindra Giriraaj Giriraj Girish Girja Girolamo Gislebert Gisèle
Gita Gitanjali Gitte Giuda Giuliana Giuliano Giulitta Giuseppa Giuseppina Giusta Giustiniano Gizem Glafira
Glauco Gleb Gligorije Glorie Gobinda Godeberta Goffredo Gojko Golia Golub Gomberto Gonca Gondebaud Gondulfo
Gonerio Gonsalwy Gonthier Gontran Gonzaga Gonzague Gonçalo Gopaal Gopal Gopee Gopi Gorakhanatha Gorakhnath
Gorana Goranka Gorazd Gordana Gordei Gordey Gordi Gordiano Gordiy Gorimir Gorislav Gosto Gostomysl Goswamee
Goswami Gothard Gottardo Gotum Gouranga Goutam Govinda Graciela Graciliano Gracián Graciána Gracja Gradimir
Grato Graziana Graziano Graziella Gražina Grațian Grațiana Grațiela Gremislav Grga Grgo Grgur Grigore Grigori
Grigorije Grigoriy Grigory Grimaldo Grizelda Grozdana Gry Grzegorz Grácie Grégoire Gréta Gualberto Gualtiero
Gudakesa Gudakesha Gudrun Gudrīte Guelfo Guenda Guendalina Guenièvre Guerrino Guiberto Guilhemine Guilherme
Guillermina Guiscardo Gulbaxor Gulchexra Guljamol Guljaxon Gulnora Gulnoza Guloy Gulsora Gulzira Gulzoda
Gumesindo Gundelinda Gunnar Gunnel Gunārs Gurdev Guri Guriy Gury Gustava Gustavine Gustáv Guus Guusje Guyot
Guérin Gvendolina Gvendolína Gvozden Gwenaëlle Gwido György Gábor Gédéon Gérard Géraud Géza Gökalp Gökben
Gökbörü Gökmen Göknur Gökçe Gökçegöl Gökçen Gökçiçek Gökşin Gönenç Göngör Gönül Göran Görkem Görün Gövhər
Gözde Gúbio Güher Gül Gülay Gülbahar Gülben Güldem Gülden Güldeste Gülegen Gülemen Gülen Güler Gülgün Gülhan
Gülnaz Gülpembe Gülriz Gülsen Gülsüm Gültekin Gülçin Gülümser Gülşen Gülər Gümüş Günay Gündoğdu Gündoğmuş
Güner Güneş Güngör Güniz Günnur Günsel Günseli Günyaruk Günçiçek Gürbüz Gürcan Gürdal Gürhan Gürkan Gürol
Gürsel Güven Güvenalp Güvercin Güzey Gıyas Gűnter Habbab Habib Habiba Habil Haby Hacib Hadi Hafi Hafid Hafsa
Hafshah Hafız Hairyanto Hakan Hakem Haki Hakkı Haldun Halil Halim Halima Halina Halit Haluk Hamdi Hamdullah
Hami Hamidou Hamima Hamit Hammâd Hamsini Hamza Hamzah Handan Hande Hanefi Hanga Hani Hanifa Hannabel Hanne
Hannele Hannes Hanno Hannu Hanuš Haralamb Haralambie Hardana Hardi Hardouin Hari Harimurti Harinakshi
Harinarayan Harit Harita Harja Harjasa Harjaya Harjo Harsana Harsanto Harsaya Hartaka Hartana Harto Harun
Hasan Haseki Hasibi Hasim Hasin Hasna Hassan Hasta Hatip Hattâb Hauke Havel Havla Hawa Hayal Hayali Hayat
Hayati Haydar Hazan Hazar Hazım Haşim Haşmet Haštal Hedviga Hedvika Heema Heidrun Heikki Hein Heitor Helin
Helle Helmut Heloísa Helēna Hendra Hendri Hennes Henning Henrich Henrick Henrike Henrique Henryk Henryka
Heracleea Herberta Herluin Hermenegildo Hermína Hermīne Hernán Heru Hervé Heryanto Hesti Heřman Hicabi Hidaya
Hidde Hieronim Hikmat Hikmet Hilaire Hilal Hilar Hilarion Hildebert Hilmi Hilola Himadri Himani Himawan Himmet
Hincmar Hipolit Hippolyte Hira Hiranmay Hiranmaya Hiranya Hişam Hjalmar Hlengiwe Hojimurod Homero Honorine
Honorius Honoré Horacy Horațiu Horea Horia Hortensie Hortenzia Hortenzie Horymír Horymíra Horác Hosiyat
Hostimil Hostimila Hostimír Hostimíra Hostislav Hostislava Hostivít Hovard Hrvoj Hrvoje Hrvojka Hud Huguette
Hulki Hulusi Humaira Humay Hunor Hurram Hurshida Hurşit Husida Husnida Husniya Husnora Huub Huzeyfe Hvalimir
Hvězdoslav Hvězdoslava Hyacint Hyacinta Hynek Hypolit Háta Hâdi Hâlis Hâtem Håkan Håkon Hédelin Hédi Hélier
Hélio Héloïse Hélène Hüccet Hüdayi Hüdâvendigâr Hülya Hüma Hümayun Hümeyra Hüner Hüriyə Hürkan Hüsameddin
Hüsamettin Hüseyin Hüsnü Hüsrev Hıfzı Hızır Iacob Iacopo Iacopone Iancu Ianira Ianis Iasmina Ibodulloh Iboja
Ibou Ibra Ibrahima Ibrani Ibrohim Ibun Ica Icaro Icha Icilio Ico Ido Idris Idrissa Idy Ieremia Ifa
Ifeanyichukwu Ifeoma Iffar Ifora Ifunanya Iginia Iginio Igino Ignacy Ignati Ignatiy Ignaty Ignjat Ignác
Ignácie Ignát Ignáta Ihsan Ihtiyor Ika Ikenna Ikhidie Ikhsan Ikin Ikrom Ila Ilaria Ilarie Ilarion Ilay Ilayda
Ilaçın Ilda Ildebrando Ildefonso Ildegarda Ildegonda Ildika Ilenia Ilgmārs Ilgın Ilia Ilias Ilie Ilija Ilinca
Ilinka Ilja Iljana Ilko Illidio Illuminato Illya Ilmari Ilmārs Ilona Ilva Ilya Ilyas Ilyos Ilza Imani Imke
Immacolata Immacolato Imran Imre Imrich Imron Inanç Inara Inaya Incoronata Indah Inder Indra Indriķis Indro
Indy Inesa Ingeborga Ingmārs Ingrida Ingrīda Ingūna Inja Inka Inkeri Innesa Innocente Innocenty Innocenza
Innocenzo Innokenti Innokentiy Innokenty Ino Inocenc Inocențiu Insa Intan Inyoni Inès Inés Inéz Inês Ināra
Inārs Ioan Ioana Ioanina Iolanda Iole Ione Ionel Ionela Ionelia Ionică Ionne Ionuț Iorio Iosefina Iosif Ipat
Ipati Ipatiy Ipaty Ippocrate Ippolit Ippolito Iraida Irakli Irakliy Irakly Irawati Irem Irenej Ireneo Ireneus
Ireneusz Ireti Irfan Iriana Iride Iridenta Irinel Irmak Irmeli Irmina Irnanto Iroda Irsad Irwan Irène Irēna
Isabeau Isabela Isabell Isabelly Isai Isaia Isay Ischirione Ise Iseult Iside Isioma Isisa Islom Ismael Ismaele
Ismail Ismaïla Ismoil Ismérie Isolda Isotta Isra Issa István Isık Isığ Ita Italo Itri Itır Iulia Iulian
Iuliana Iuliu Iurie Iustin Iustina Iustinian Iva Ivana Ivanka Ivanna Ivano Ivanoe Ivančica Ivek Iven Iveta
Ivetta Ivica Ivna Ivo Ivona Ivone Iván Iwan Iya Iyık Iyıktağ Izabela Izabella Izaiáš Izajasz Ize Izidor
Izidora Izmael Izmail Izolda Izot Izyaslav Izydor Izák Iľja Işık Işıl Işılay Işın Işıner Işığ Jaakko Jabal
Jabulile Jace Jacek Jaco Jacoba Jacobus Jaden Jadesola Jadran Jadrana Jadranka Jadranko Jadro Jadwiga Jaelynn
Jaeman Jaga Jagadish Jagadisha Jagapati Jagaraga Jagathi Jagdeep Jagdish Jagica Jagmeet Jahnu Jai Jailey
Jaiman Jaimini Jaimy Jairo Jais Jaivey Jaka Jakov Jakub Jakuba Jakubina Jakubka Jale Jalol Jalou Jalə Jamalia
Jamila Jamol Jamshid Janaína Janica Janin Janko Janne Jannek Jannes Janni Jannik Jannis Jano Janosch Janusz
Janīna Japhet Jara Jari Jarmil Jarmila Jarne Jarno Jarolím Jarolíma Jaromil Jaromír Jaromíra Jaron Jaroslav
Jaroslava Jarwa Jarwadi Jarwi Jasenko Jasmani Jasmijn Jasmína Jasmīna Jasna Jasněna Jasoň Jasur Jaswadi Jati
Jatmiko Jautrīte Javi Javlon Javohir Jax Jaxon Jaxx Jaya Jayadi Jayce Jayda Jayden Jayeng Jaylano Jaylen
Jaylinn Jayvano Jazzlyn Jazzlynn Jeannel Jeannot Jefri Jefta Jehanne Jela Jelena Jelica Jelisaveta Jelita
Jelka Jella Jelle Jelmer Jelte Jenel Jenovéfa Jente Jeppe Jeremi Jeremiasz Jeremiáš Jerguš Jeroným Jerzy
Jerónimo Jesika Jesper Jesslyn Jesslynn Jesús Jette Jevgeņijs Jevrosima Jezdimir Ješa Jidde Jil Jiljí Jimi
Jimram Jinawi Jindra Jindřich Jindřiška Jinte Jinthe Jip Jitender Jitendra Jitka Jiřina Jiří Joah Joakim
Joanny Joaquim Joaquín Joas Joelina Joeline Joep Joes Johana Johanne Johnson Joko Jolana Jolanda Jolanta
Jolayemi Jolien Jolijn Jolin Jolina Jona Jonatan Jonna Jono Jonte Jonáš Joojo Joost Jop Jordi Jordy Jorga
Joris Jorn Jorrit Jort Joscha Joschua Josef Josefien Josefin Josefine Josefína Josep Josephin Josip Josipa
Joso Josse Josselin Josua Josué José Joséphine Jovan Jovana Jovanka Jozefa Jozefína Jozue João Joël Joëlle
Joško Jošt Joža Jože Juda Judicaël Judita Judyta Judīte Jugoslav Juha Juhani Juho Jukka Jula Julan Julide
Julien Julijana Julika Juliusz Julián Juliána Juliëtte Jumadi Jumagul Jumari Juna Junayd Juno Jur Juraj Juri
Jurre Jurģis Juste Justyn Justyna Justína Justýn Justýna Justīne Juta Juul Jyotis Jyotsana Jáchym Ján János
Jázmin Jérémie Jérôme Jéssica Józef Józefina József Jörgen Jørgen Júlia Júlio Július Jānis Jāzeps Jēkabs
Jūlija Jūlijs Jūsma Kaan Kaarina Kabil Kacper Kacung Kadem Kader Kadiatou Kadir Kadrican Kadriye Kadı Kagiso
Kailash Kairav Kaj Kajen Kajetán Kalender Kalervo Kalevi Kalidou Kalim Kalinik Kalistrat Kallistrat Kalpana
Kalyani Kama Kamal Kamala Kamalesh Kamaria Kambali Kamber Kamelya Kamidin Kamil Kamile Kamilla Kamla Kamlesh
Kamol Kamola Kamoliddin Kamran Kamuran Kanak Kanaka Kanchan Kancı Kanda Kani Kanishka Kannan Kannen Kanti
Kançı Kapgar Kapiton Karaca Karahan Karak Karam Karan Karaça Kardi Kargılaç Karima Karimah Kariman Karja
Karlijn Karlo Karlıgaç Karman Karmela Karoliina Karolína Karp Karsa Karsana Karta Karthik Kartik Kartika
Karunanidhi Karya Karīna Kashyap Kashyapi Kasim Kasiran Kasiyah Kasián Kastor Kasusra Kasyan Kasım Katariina
Katarina Katarzyna Katarína Kateřina Kathrin Katica Katija Katja Kato Katrin Katryn Katrīna Katun Katunkız
Kawaca Kawaya Kaya Kayaalp Kayacık Kayaçık Kayden Kayleigh Kaynak Kayode Kayra Kayun Kayça Kazanç Kazi
Kazimierz Kazimir Kazimír Kazimíra Kazkatun Kağan Kašpar Keano Keanu Keerti Kees Keet Keisha Kekik Keklik
Keleş Kemal Kemalettin Kemba Kemi Kemâl Kenan Kenari Kende Kenes Kenji Keno Kensi Kenza Kenzie Kenzo Kepez
Keramet Kerami Kerem Keremşah Kerim Kesme Kevser Keyken Kezia Kezlik Keşşaf Kgabu Khadidiatou Khadija Khadim
Khady Khalifa Khanyisile Kharitina Khariton Kharlampi Kharlampiy Kharlampy Khethiwe Khoriv Khoudia Khristina
Khristofor Khristya Khulekani Khvalimir Kian Kiana Kiandra Kiara Kika Kiki Kilián Kimi Kincső Kinga Kiné Kir
Kiran Kirana Kiraz Kirill Kirilo Kirti Kiy Kjeld Kjell Klaas Klarencjusz Klaudia Klaudie Klaudius Klaudiusz
Klaudián Klavdi Klavdiy Klavdiya Klavdy Klementina Klementyna Klementýna Kleopatra Klotylda Klára Kléber Klāra
Klāvs Knut Koen Kofi Kojo Koko Koleta Koloman Kolombín Kolombína Kolos Kolumbán Kolumbín Kolumbína Komil
Komila Komron Kondrat Kondrati Kondratiy Kondraty Konon Konrád Konrāds Konstancie Konstancja Konstanty
Konstantyn Konstantýn Konstantīns Konsuela Konzuela Konštantín Koralia Koray Korbinian Korina Korinna Korkut
Kornel Korneli Kornelia Kornelius Korneliusz Korneliy Kornely Korni Kornil Kornili Korniliy Kornilo Kornily
Korniy Korny Kornél Kornélia Kornélie Kosma Kosmas Kosta Kostyantin Krasava Krasomil Krasomila Krasoslav
Krentta Krešimir Krijn Krishnadas Krishnadasa Kristie Kristiina Kristijan Kristián Kristiāna Kristiāns
Kristína Kristóf Kristýna Kristīne Krisztián Krisztofer Krišjānis Krišs Krištof Krsto Kruno Krunoslav Krystian
Kryšpín Kryštof Krzysztof Ksawera Ksawery Ksenia Ksenija Kseniya Ksenofont Kubad Kubat Kubilay Kubra Kubura
Kuddusi Kujoe Kumar Kumari Kumru Kumuda Kumush Kuncara Kunhuta Kunthara Kupava Kupriyan Kurnia Kusuma
Kutbettin Kuzma Kuzman Kvetoslava Kvido Kvitka Kvitoslava Květa Květoslav Květoslava Květoň Květoš Květuše
Kwabena Kwadwo Kwaku Kwame Kwamena Kwasi Kweku Kwesi Kwintyn Kyan Kyano Kyara Kyllikki Kyra Kâmil Kâzım Kéba
Köksal Kübra Kürşad Kārlis Kımız Kımızalma Kımızalmıla Kımızın Kırgavul Kırlangıç Kırçiçek Kısmet Kıvanç
Kıvılcım Kıymet Kızdurmuş Kızılalma Křesomysl Křišťan Laal Labuh Lada Ladimir Ladislao Ladislau Ladislav
Ladislava Lado Ladomir Lai Laila Lajos Laksana Lakshman Lakshmi Lakshmidhar Lakshminath Laksita Lal Lala Lale
Lalita Lalə Lamberto Lamia Lamih Lamine Lamiyə Lanang Lancilotto Landolfo Landry Lanfranco Langa Langgeng
Lanjar Lantar Lapo Laras Larysa Lascăr Lasmanto Lasmono Lassana Lasse Laswi Latif Latife Latika Latofat
Laurane Laureline Laurenc Laurencie Laurencja Laurencjusz Laurentino Laurenty Laurentyna Laurenz Laurenția
Laurențiu Laurian Lauriane Lauriano Laurin Laurine Laurène Lautone Lavanya Lavinio Lavr Lavrenti Lavrentiy
Lavrenty Lavrin Lavínia Lavīze Lawrencia Laxman Laxmi Laylo Laziz Lazzaro Lazăr Leana Leander Leandr Leandro
Leendert Lega Legawa Lejla Leman Lembah Lemide Len Lene Leni Lenia Lenja Lenn Lennart Lenne Lennert Lennon
Lennox Lenny Lenya Leodegar Leokádie Leoni Leonia Leonida Leonilda Leonio Leonor Leonti Leontin Leontina
Leontiy Leonty Leontýn Leontýna Leontīne Leonzio Leonīda Leonīds Leopardo Leopolda Leopoldina Leopoldo
Leopoldýna Leoš Leposava Lerato Lerzan Lesana Lestari Leticie Letiția Letterio Letícia Leu Leufroy Levent
Levente Levke Levko Levoslav Lewin Lewis Lex Lešek Liah Lias Liberata Liberato Liberatore Liberio Libero
Liberto Libor Libora Liboria Liborio Liboslav Liboslava Libuša Libuše Libère Liběna Licia Lică Lidania Lidija
Lidio Lidiya Lidmila Lidya Lieke Liene Lieto Lieuwe Lieve Ligia Liisa Likera Lili Liliana Lilianna Lilien
Liliya Liliána Liliāna Lilou Liman Limar Linde Linett Linne Linnéa Lino Lintang Lio Lioara Lis Lisandro Lisann
Lisanne Liselotte Listvich Liviana Livie Livino Livio Liviu Livius Liya Liyam Liyana Lize Lizz Liétald Liāna
Ljiljana Ljuba Ljubica Ljubiša Ljubomir Ljudevit Loa Lobar Lodovica Loek Loes Loet Lolade Longin Loredana
Lorella Lorenc Loreno Lorenz Loreta Loriana Loris Lorrain Lota Lotar Lothar Lott Loua Louay Loup Lourenço Lova
Lovisa Lovorka Loïc Loïs Luan Luana Lubomír Lubomíra Lubor Luboslav Luboslava Luboš Luc Lucca Lucențiu
Luchezar Lucija Lucijan Lucilla Lucián Luciána Lucja Lucjan Lucrezia Lucreția Lucrețiu Lucía Ludano Ludivine
Ludivoj Ludiše Ludmila Ludolphe Ludomír Ludomíra Ludoslav Ludoslava Ludovic Ludovica Ludvika Ludvík Ludvíka
Ludwik Ludwika Luděk Luena Luhung Luigia Luiz Luiza Lujza Luk Luka Lukhona Lukita Lukiya Lukman Lukrecius
Lukrécie Lukyan Lukáš Luluh Lulut Luminița Luminosa Lumír Lumíra Luna Lune Lungelo Lurhur Lutfan Lutfi Lutfiya
Lutfulloh Luthfi Lutibor Lutobor Lutz Luuk Luus Luwar Luwes Lux Luzie Luís Luísa Luďka Luīze Lwandle Lya Lyam
Lykke Lyubava Lyubim Lyubislava Lyubodar Lyubomila Lyubomir Lyubomira Lyuborada Lyuboslava Lyubosmysl Lyubov
Lyubozar Lyudmila Lyudomila László Léandre Léda Léna Léon Léonard Léonie Léonne Léopold Léopoldine Lívia Lütfi
Lütfullah Lýdia Lýdie Lāsma Lăcrămioara Lība Līga Līksma Līna Līva Līvija Līze Lūcija Ləman Maad Maaike Maan
Maarit Maarten Maartje Maas Mabela Mabruk Maca Macaire Macaria Macario Maccabeo Mactar Macy Maddox Madelief
Madhuri Madid Madina Madita Madleen Maes Maeve Mafalda Maffeo Magali Magdaléna Maggiorino Magno Magnus
Maguelone Maguette Mahan Mahaut Mahdi Mahendra Maher Mahesa Mahesh Maheswar Mahfud Mahir Mahmut Mahrus
Mahulena Mahzan Mahzun Maica Maida Maija Maik Maike Mailin Maimunah Maiorico Maira Maitê Maja Majda Makar
Makara Makary Makhtar Makinwa Maksim Maksimilyan Maksud Maksym Maksymilian Makuta Malati Malco Malene Malick
Malik Malika Malin Mališa Mallaury Malo Malou Maloxat Malte Malthe Malti Malvína Malvīne Malwina Mamadou
Mamady Maman Mamante Mamert Mamour Manah Manassé Mancio Mandaakin Mandakini Mandla Manel Manetto Manfredo
Manfréd Mangala Mangalya Mani Manik Manikya Manilio Manisha Manjusha Manlio Manoah Manoj Manole Manona Mansour
Mansueto Mansur Mansvet Manu Manuela Manuele Maphikelela Maqsud Marah Marana Maras Marceau Marceli Marcelin
Marceline Marcell Marcelína Marcheta Marciano Marcin Marcu Mardon Mareike Marek Mareta Marfa Margana Margarida
Margaréta Margherita Margita Mariadi Mariama Mariano Marica Maricarmen Marichka Maricica Marieke Mariella
Marieta Marija Marijana Marilena Marilú Marinela Marinella Marinetta Marinko Marino Marinus Marioara Mariola
Marisol Marit Marián Marième Marjan Marjatta Markika Markiyan Markku Marko Markéta Marlen Marli Marly Marlène
Marolo Maroš Marrit Marsito Marsudi Martaka Martana Martani Marte Martim Martine Martti Martyan Martyna Marut
Maruta Marwa Marwata Maryadi Maryam Maryanto Maryna Marzia Marzio Marème Marģers Mashxura Massamba Massima
Matan Matar Matei Matej Mateja Mateus Mateusz Matheus Mathijs Mathis Mathurin Mathuys Matija Matis Matko Mato
Matouš Matroniano Matthijs Matthis Mattia Mattis Matvei Matvey Matvi Matviy Matvy Matylda Matyáš Matz Matúš
Matěj Matīss Maugis Mauricette Maurilio Mauro Maurycy Mavdud Mavlon Mavluda Mawuena Mawusi Maxbuba Maxellende
Maxence Maxfuza Maxime Maximilián Maximilyan Maxmilián Maxsuma Maya Mayeul Mayoor Mayra Maysa Mayson Mayte
Mayya Mazbut Mazhar Maï Maïmouna Małgorzata Maša Mašinka Mbalienhle Mbaye Mechislav Mechislava Medard Medardo
Medea Medine Medoro Meena Meenakshi Mees Mefodi Mefodiy Mefody Meghnad Meghnath Mehmet Mehriban Mehtap Meik
Meike Meire Melani Melanio Melaniya Melchiade Melchior Melchiorre Melda Melek Melenija Melezio Melichar Melih
Melike Melikşah Melis Melitina Melle Melodi Mels Meltem Melánia Melánie Memduh Menaka Menardo Mence Menelao
Meneo Menka Menno Mennone Menodora Meral Mercede Mercurio Merel Merete Merih Merijn Meriç Merlin Mert Merve
Meryem Messalina Mestan Mesut Metello Metin Metod Metoděj Metrofane Mette Mevlüt Mex Meyra Meïssa Mečislav
Mečislava Mhambi Micael Micha Michala Michalina Michaël Michał Michela Michelangelo Michèle Midas Mieke Mihael
Mihaela Mihai Mihail Mihailo Mihajlo Mihnea Mihriban Mihály Mija Mijat Mik Mika Mikail Mikhail Mikhaylo Mikhei
Mikhey Mikita Mikki Mikko Miklós Mikola Mikoláš Mikołaj Mikuláš Mila Milada Miladin Milana Milanka Milanko
Milen Mileta Miley Mili Milica Milisav Militsa Milivoj Miliy Milić Miljan Miljana Miljenko Milla Mille
Milodara Milojica Milomir Milorad Miloslav Miloslava Milota Milou Milouš Milovan Milovín Miloň Miloš Milred
Milutin Milutín Miluše Mily Milán Milík Milíč Mima Mimma Mimo Minakshi Minervina Minervino Minodora Mio Mioara
Miodrag Miomir Mirabela Mirac Miray Miraziz Miraç Mircea Mirco Mirek Mirela Miriama Mirja Mirjam Mirjana Mirka
Mirkelam Mirko Mirkó Miro Mirocleto Miromil Miromila Miron Mirona Miroslav Miroslava Mirre Mirta Mirte Mirthe
Mirtil Miruna Mirza Mirziyo Misaele Misbah Mislav Mitar Mithat Mitică Mitofan Mitra Mitruț Miķelis Miša Miško
Mlad Mladen Mlađana Mnata Mnislav Mnislava Moa Moctar Modesto Modou Modrīte Mohamadou Mohamed Mohammad Mohan
Mohana Mohinder Mohini Mohir Moisei Moisey Moisés Mojmír Mojżesz Mojžíš Mokei Mokey Mokrina Momir Momira
Monaldo Monalisa Monitore Monvīds Moreno Morgane Moric Moris Morne Mosè Motrya Mouhamadou Mouhamed Mouhameth
Mouhammadou Moussa Moustapha Moxidil Moxigul Moxina Moxinur Moxira Moïse Moïsette Mořic Mpilo Mpumelelo Msizi
Mstislav Mstislava Mthunzi Muammer Muattar Muaviye Muaz Muazzam Mubina Mudīte Mufiz Mugur Mugurel Muhammed
Muharrem Muhsin Muhtar Muhterem Muhteşem Muhtor Muhyiddin Mujur Mukadder Mukaddes Mukesh Muktedi Muktedir
Muktefi Mukul Mulya Mulyanto Mulyono Mumpuni Muni Munif Murat Muriela Murilo Murod Mursinin Mursita Murti Musa
Musawenkosi Musi Musiy Muslih Mustafa Mustafo Mustika Mustofa Musulmon Musy Mutahhar Mutasım Muteber Mutemed
Mutia Muttalib Muyassar Muyiwa Muzaffar Muzaffer Muziano Myla Mylan Mylène Myrthe Myrtil Mája Márcia Mário
Márton Mátyás Médea Médoune Médéric Mégane Mélanie Mélisande Mélissa Mélissandre Mélodie Mércia Mérovée Mína
Mónica Móric Müesser Müfid Müge Müjdat Müjde Müjgan Mükerrem Mümtaz Münevver Münir Müren Müzdad Müşir Māra
Mārcis Māris Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Mētra Mısra Mələk Nabi Nabila Naci Nadalina
Nadezhda Nadežda Nadi Nadja Nadzieja Nadège Naděžda Nae Naemi Nafisa Nafiz Nagabhushanam Nahid Nahil Naim
Naina Naja Najam Najib Najmiddin Najwa Nalan Nalar Nalini Namazio Namık Nanda Nandi Naneta Nanna Naoufal
Naoufel Napoleone Naradi Narayan Narcis Narcisa Narciso Narcisse Nardi Narendra Nargiza Narimon Narinder Narji
Narkis Narseo Narsete Nasab Nasiba Nasim Nasriddin Nasrullah Nastja Natalia Natalija Nataliya Natan Natanael
Natasa Nataša Natașa Nath Nathanaël Natiq Natália Natálie Naud Naudet Naum Naura Naveen Navin Nawal Naz Nazan
Nazar Nazari Nazario Nazariusz Nazariy Nazary Nazif Nazlı Nazmi Nazrulloh Nazzareno Nazzaro Nazım Naďa Nađa
Ndleleni Ndondoloza Nebojša Necat Necati Necdet Nechifor Necib Necla Necmettin Nedeljko Nedim Nedjeljka
Nedjeljko Neele Neeltje Nehir Neiva Nejat Neklan Nela Nele Neli Nelu Nelya Nemanja Nemir Nemira Nena Nenad Neo
Neopolo Neoterio Nepomuk Nera Nerea Nereo Nergis Neri Nesa Nesim Neslişah Nesrin Nestore Neven Nevena Nevenka
Nevio Nevra Nevzat Nezamysl Neşet Nhlakanipho Nia Nicarete Nicea Niceforo Niceto Nicezio Nichifor Nicklas
Nicla Niclas Nicoară Nicodemo Nicodim Nicolae Nicolaie Nicoleen Nicoleta Nicoletta Nicolás Nicolò Nicu
Niculina Niculiță Nicușor Nicuță Nicéphore Nida Nidia Niek Niene Nienke Nifont Nigar Nigora Nihad Nihal Nihan
Nihat Nika Nikandr Nikanor Nikifor Niklas Niklāvs Nikodem Nikodim Nikodém Nikodéma Nikol Nikolasz Nikolay
Nikoleta Nikolina Nikon Niké Nikša Nila Nilam Nilde Nilgün Nilufar Nimakoah Nimas Nimit Nimród Ninel Ninfa
Niniano Nino Ninthe Niranjan Nirbhay Niro Nisa Nisan Nives Niyaga Niyazi Nizamettin Nizom Nizomiddin
Njegomirka Nkanyezi Nkosenye Nkosingiphile Nkosinhle Nkosiyabo Nnamdi Noa Noan Nodira Noema Nofoto Noila
Nokuthula Nolen Nolwazi Nomvula Nonhlanhla Nonjabulo Nonkululeko Noor Noortje Norberta Norberto Nore Norica
Nosir Nosirjon Nostriano Noud Nour Nouri Nout Novak Novan Novi Noviana Novita Nowi Nox Nozima Nozipho Noè Noé
Noémi Noémie Noë Noëlla Noëlle Nrima Ntokozo Ntombizodwa Nuccia Nugraha Numan Nuno Nunziata Nunzio Nur Nural
Nuran Nuray Nurbek Nurettin Nurgül Nurgün Nuriddin Nurlan Nursel Nurseli Nurul Nurullah Nusrat Nusratulloh
Nusret Nuša Nyana Nynke Nyoman Nándor Nátán Néhémie Néné Nóra Núbia Núria Nükhet Něhoslav Nərgiz Oana Obid
Obioma Obrad Obren Octav Octavian Octaviana Octavio Octaviu Océane Oda Oddone Oderico Odeta Odidone Odil Odile
Odilon Odin Odolen Odon Odorico Ofelya Ofélia Ofélie Oger Ognjana Ognjen Ognyana Ojaswini Ojārs Okan Oke
Okhrim Oksana Okta Oktavie Oktavius Oktavián Oktay Okto Oktyabrina Oktávie Okşan Olaf Olaide Olavi Olbram
Olcay Oldrich Oldřich Oldřiška Oleg Oleksandr Oleksandra Oleksi Oleksiy Oleksy Olelko Olena Oles Olesya
Olexandr Olexandra Olexiy Olgica Olim Olimpi Olimpiada Olimpian Olimpio Olimpiu Olimpiy Olimpy Olinda Olindo
Oliva Olivera Oliviera Oliviu Olivér Oliwia Oliwier Olle Olof Olufunmi Olumide Oluwunmi Olívia Olīvija Omad
Omana Omawunmi Ombline Ombretta Omelyan Omina Omolara Ondina Ondrej Ondřej Ondřejka Onesta Onesto Oni Onofrio
Onome Onorata Onorina Onorino Onorio Onoriode Onufri Onufriy Onufry Onur Oormila Opan Ophélie Opung Oqil
Orchidea Orenzio Orest Oresta Oreste Orestes Orfeo Orhan Oriande Oriane Orietta Orif Orina Orio Orislava
Orisya Oriyana Orkhip Orlane Ornella Oronzo Orsino Orso Orsolina Ortansa Ortensio Orvokki Orzu Osanna Oscar
Osip Oskar Oskari Osman Osmondo Ostap Ostoja Ostromir Osvald Osvaldo Ota Otabek Otakar Otakara Otello Otilia
Otilie Otmar Oto Otokar Otomar Ottaviano Ottavio Ottilia Ottone Otília Otýlie Otīlija Oumar Oumayra Oumou Oury
Ousmane Ovidio Ovidiu Ovidius Oxana Oya Oybek Oyga Oynur Oysha Ozan Ozana Ozanne Ozod Ozoda Ozodbek Ozren Ozy
Oğuz Oğuzhan Oļegs Oļģerts Oľga Paciano Pacifico Pacomio Pacôme Padma Padmi Paiman Paja Pakhom Pakize Palatino
Palazhka Palladia Palladio Palmazio Palmira Palmiro Palémon Pamfil Pammachio Panagachie Panait Panas Panca
Pancario Pancrazio Pandu Panfil Panfilo Pangeran Pangestu Panji Panka Pankracy Pankrat Pankrati Pankratiy
Pankraty Pankrác Panna Pantaleo Pantaleon Pantaleone Panteleymon Param Paramartha Paramita Paramon Paraschiva
Pardi Pardo Parfen Paride Parla Parman Parmenio Parsival Parvati Paskal Paskala Paterne Paterniano Pathé
Patricie Patrik Patroclo Patrycja Patrycjusz Patrycy Patryk Patrícia Patrīcija Paulica Pauliina Paulin Paulína
Paulīne Pauside Pava Pavica Pavle Pavlina Pavlo Pavlín Pavlína Pavol Paweł Payidar Pekka Pelageya Pelagia
Pelagie Pelagiya Peleo Pelhřim Pelin Pelinsu Pelle Pellegrino Pembe Penda Pentti Pepijn Pepo Pera Perica
Pericle Perihan Perikles Perkasa Pernilla Pero Perran Perseo Persida Pertev Peruna Perver Pervin Perzida Petar
Petek Petko Petrana Petre Petri Petrică Petrija Petrișor Petro Petronela Petronila Petronio Petronius Petru
Petruše Petruț Petruța Petteri Petula Peyami Phila Philani Phileine Philibert Philine Philipp Philomène
Philothée Philou Philémon Phiwokwakhe Pien Piera Pierangelo Piergiorgio Pierluigi Piermarco Piero Pierrick
Piersilvio Piet Pilar Pilip Pim Pimen Pio Piraye Pirjo Pirkko Pius Placida Placido Platon Platone Platón Pleun
Plinio Plutarco Podolyan Pola Polidoro Polifemo Polikarp Polina Polissena Pollione Polyana Polykarp Polyxena
Pompeo Pompilia Pompiliu Pomponio Pontus Ponziano Ponzio Poornima Porfiri Porfirio Porfiriusz Porfiriy Porfiry
Porzia Porziano Postumio Potap Potishana Praba Prabawa Prabowo Prabu Prakosa Pramila Pran Pranata Pranawa
Pranay Prasad Prasanna Prasetya Prasetyo Praskovya Prassede Prathamesh Pratiwi Pravdan Pravdomil Pravdomila
Pravomil Pravomila Pravoslav Pravoslava Prayag Prayitna Prayoga Prayogo Predrag Preity Prem Prema Priamo Prima
Primerose Primo Priscila Priscille Prisco Priska Prita Privato Priya Priyala Procopio Profira Prokhor Prokl
Prokles Prokofi Prokofiy Prokofy Prokop Prokopa Prokul Proserpina Prospera Prospero Protasio Proteo Prov
Prudenzia Prudenzio Prvoslav Publio Puji Puk Pulchérie Puneet Pupolo Puput Purnima Purushottam Purwa Purwadi
Purwanto Pushti Pusicio Puspa Puspita Puti Putri Putu Päivi Pécine Pélagie Pénélope Pépin Pétronille Pío
Pārsla Pāvils Pătru Pēteris Pınar Přemysl Přibyslav Přibyslava Pəri Qizilgul Qobil Qori Qosim Quartilla
Quasimodo Qudrat Quentine Querano Quieta Quin Quinten Quintia Quintiliano Quintilio Quintino Quinty Quinziano
Quinzio Quirin Quirino Quiteria Quiéta Rabia Rachela Rachid Raci Rada Radan Radana Radegast Radek Raden
Radenko Radha Radhost Radika Radim Radimir Radimír Radimíra Radina Radislav Radislava Radit Raditya Radivoj
Radivoje Radiša Radka Radko Radmil Radmila Radmilo Radojka Radolfo Radomil Radomila Radomir Radomír Radomíra
Radosav Radoslav Radoslava Radovan Radovana Radoš Radslava Radu Radul Radvan Radúz Rafaël Rafał Rafet Raffaele
Raffaella Rafid Rafila Rafiq Rageshwari Rageswari Raharja Rahayu Rahim Rahime Rahman Rahmat Rahmawati Rahmi
Rahul Rahşan Raide Raif Raihan Raik Rainald Rainaldo Rainelda Rainhard Rainold Raisa Raj Rajab Rajan Rajendra
Rajinder Rajiv Rajko Rajmund Rajna Rajnold Rajsa Rakesh Rakita Rakıp Raluca Rama Ramaa Ramata Ramatoulaye
Ramazan Ramesh Rameshwar Ramiro Ramiz Ramziddin Ramziya Ramón Ranek Rangga Raniero Ranjeet Ranjit Ranko
Ranolfo Raphaël Raphaëlle Rasheedah Rashid Rasifa Rasim Rasmus Rastislav Rastislava Rati Ratibor Ratih Ratimir
Ratmir Ratmír Ratna Rauf Ravshan Raxmatulloh Rayan Rayen Rayina Rayisa Raymonde Rayona Rayxona Raúl Raşit
Raško Rebekka Recai Recep Redmond Refah Refet Refik Reginaldo Regitze Regnārs Regolo Regína Regīna Reha Reksa
Relja Relu Remig Remigio Remilekun Remo Remondo Remzi Rendy Renette Rengin Renja Rens Renske Renzo Renát
Renáta René Renée Renārs Renāte Respati Respicio Restu Resûl Resül Retno Revi Reybaud Reyhan Reza Rezzan Reşat
Ria Riaan Riana Ricario Riccarda Richarda Richelmo Richárd Rico Ridwan Rieke Rifat Rigard Riitta Rija Rika
Rike Rikke Rini Rino Ristana Ritesh Ritva Riv Rizki Rizvon Ričards Robaldo Robertina Robi Robiya Rocco Rocío
Rodan Roderik Roderyk Rodiano Rodica Rodion Rodoljub Rodoslav Rodrigue Rohan Rohana Rohit Rokhaya Roko Roksana
Roksolan Roksolana Rolande Rolfo Romana Romane Romanița Romano Romee Romena Romero Romeu Romilda Romina
Romoaldo Romolo Romuald Romualdo Romul Romulus Roméo Romāns Ronan Ronja Roos Rosalina Rosamunda Rosario
Roselyn Roser Rosman Rossana Rossella Rostislav Rostislava Rotimi Rovena Roxelana Roxolan Roxolana Roza
Rozalia Rozalinda Rozamunda Rozana Rozita Roziya Rozvita Rozália Rozálie Rubiano Rubén Rudi Rudolfa Rudolfina
Rudolfína Rudra Rudīte Rufina Rufino Rufo Ruggero Ruhsar Rui Rukhmani Rukmin Rumena Rupinder Ruslan Ruslana
Rusman Rustam Ruta Rutilo Ruxanda Ruxandra Ruža Ružena Ružica Ryszard Ryurik Ráchel Régine Régis Réjean
Réjeanne Réka Rémi Róbert Róza Róża Röya Rúben Rükneddin Rüya Rüçhan Rüştü Răducu Răzvan Rıdvan Rıfat Rıfkı
Rıza Rūdis Rūdolfs Rūsiņš Rūta Růžena Rəşad Rəşid Saadat Saadi Saar Sabar Sabato Sabazio Sabele Sabin Sabino
Sabir Saboxat Saboxon Sabri Sabína Sabīne Sachin Sacid Sadar Sadberk Sadettin Sadi Sadina Sadio Sadoqat Sadri
Sadriddin Sadullah Sadık Safa Safae Saffet Saffiro Saffo Safiatou Safina Safir Safira Safiya Safiétou Safo
Safouan Safouane Safta Safura Sagar Sahra Saida Saiful Saim Saka Sakari Sakti Sakura Saladino Salif Salih
Salimah Salimata Salimatou Saliou Salman Saloh Salomea Salomena Salomey Salomè Salomé Salomë Salsabila
Salustio Salwa Salwator Saly Samandar Samanta Samed Sameer Sami Samia Samiah Samih Samim Samina Samir Samira
Samiya Samona Samsul Samuela Samuil Samukelisiwe Samuël Sanda Sandrine Sandu Sanele Sanem Sanja Sanjay Sanjin
Sanna Sanne Sanobar Sante Santina Santino Santo Sanya Saodat Saphira Sapiente Sarada Sarala Saraswati Sarbello
Sardor Sare Sarisha Sarla Sarmīte Saroja Sartika Sarvar Sarvin Sarvinoz Saskia Saskie Satish Satu Saturniano
Saturnin Saturnino Satya Satyen Saulcerīte Sava Savaş Saveli Saveliy Savely Saverio Saveta Savi Savin Savinien
Savino Savva Savvati Savvatiy Savvaty Saxida Saxona Sayyora Saèr Saša Scholastika Scholastique Scolastica Seb
Sebas Sebastiaan Sebastiana Sebastián Sebastião Sebestian Seckou Seconda Secondiano Secondina Secondo Seda
Sedat Sedef Seden Sedrik Sef Sefer Seff Sefora Seher Sekinat Selahattin Selami Selcan Selda Selen Selim Selin
Selivan Seliverst Selvaggia Selvi Selçuk Sem Sema Semenica Semibor Semih Semiramide Semplicio Sempronio Semra
Senay Senesio Senka Senn Senne Senofonte Senta Sep Sepp Seppe Seppo Septi Serafim Serafin Serafina Serafino
Serafín Serafína Serap Serapione Serbülent Seren Serenus Sergej Sergen Sergey Sergi Sergiu Sergiusz Sergiy
Sergy Serhat Serin Sermet Serpil Sertap Sertaç Servidio Serviliano Servác Sesto Settar Settimio Settimo Setya
Sev Seval Sevara Sevastyan Sevda Severa Severiano Severin Severina Severino Severo Severín Sevgi Sevil Sevim
Sevinç Sevtap Seweryn Seydou Seyfettin Seyfi Seyfullah Seynabou Seyyit Seçil Seçkin Sfiso Shahboz Shahobiddin
Shahriyor Shahzod Shaka Shakila Shakti Shakuntala Shalewa Shamsiddin Shania Shankar Shantanu Shanti Sharda
Sharmila Shashi Shashikala Shchastislav Shchek Sherly Sherzod Shiv Shivakari Shobhana Shodiyor Shresth
Shresthi Shreya Shreyashi Shridevi Shrishti Shubha Shubhaprada Shukrulloh Shwet Sibongile Sibusiso Sibyla Sico
Sicuro Siddarth Siddhi Siddhran Sidiq Sidoine Sidon Sidonie Sidonio Sidor Sidy Sidónia Siebe Siem Sienna Siep
Sifiso Sigebert Sigfrido Sigfríd Sigizmund Signe Sigurd Sil Sila Silanti Silantiy Silanty Silja Silje Silke
Silverio Silvestr Silvestro Silvian Silviana Silvija Silviu Silvius Silvána Silvère Simen Simeona Simeone
Simge Simi Simina Simion Simisola Simo Simonetta Simonida Simão Sina Sinan Sindisiwe Sindre Sinem Sinenhlanhla
Sinesio Sinfronio Sinică Sinikka Siniša Sinja Sinkler Sinklitikiya Sinook Sintia Siphephelo Siphiwe Sipho
Sireno Siria Siriano Siricio Sirineu Sirio Siro Sirojiddin Siska Sisto Sitara Sithembiso Siti Siv Sixt Sixte
Sixtine Sixtus Siyanda Sizakele Sizani Siënna Sjoerd Sjors Skaidrīte Skarlet Skarleta Slamet Slava Slavek
Slaven Slaviboj Slavibor Slavica Slavka Slavko Slavoboj Slavoj Slavoljub Slavolyub Slavomil Slavomila Slavomir
Slavomír Slavomíra Slavuta Slavěna Slađana Slobodan Slobodanka Sloka Sláva Slávek Slávka Smaranda Smeralda
Smil Smiljana Smilla Smita Smiyana Smriti Sname Snežana Snizhan Snizhana Snježana Sobit Soběslav Soběslava
Soccorso Socrate Sodiq Sofija Sofiya Sofon Sofron Sofronia Sofronie Sofía Sohib Sokhna Sokrat Solange Soledad
Soleh Soline Solocone Sologub Solomiya Solveig Solveiga Som Soma Somnath Somu Sondre Songül Soof Soraia Sorana
Soraya Sorin Sorina Sostene Sosteneo Sostrato Soter Sotira Souleymane Soňa Spano Spartaco Spartak Speranza
Speranzio Speranța Spiridon Spirydion Spytihněv Spīdola Srboljub Sredoje Srećko Srna Stana Stanca Stancu
Stanimir Stanimír Stanislao Stanislav Stanislava Stanisław Stanko Staša Steen Stef Stefana Stefani Stefaniy
Stefany Stela Stelian Steliana Steluța Sten Stepan Stephaans Sterre Stevan Stig Stijn Stiliano Stina Stine
Stipan Stipe Stiriaco Stjepan Stojan Stojanka Stojmír Stoyan Stozhar Strahinja Stribor Stáza Stéphane
Stéphanie Suat Subhash Subhashini Subhasini Subhi Subodh Sucheta Suci Sude Sudeva Sudi Suhrob Sujata Sukanya
Sulaymon Sulton Suma Suman Sumayyah Sumitra Sunay Sune Sunita Sunniva Sunčica Surano Suresh Sururi Surya
Suryakant Suryakanta Suryakantam Susheel Sushil Sushma Suus Suyuna Suzan Suzana Suze Suzon Suélen Svatava
Svatoboj Svatobor Svatomír Svatopluk Svatoslav Svatoslava Svea Svebor Svenja Sverre Svetislav Svetlana
Svetolik Svetomir Svetozar Svetozár Sveva Svitlana Sviturno Svyatopolk Svyatoslav Svyatoslava Svätopluk Světla
Světlana Světluše Swapnil Swara Swarnalata Swarup Swassane Sweta Syahrini Sylva Sylvain Sylvestre Sylviane
Sylvie Sylwester Sylwia Synne Syuzana Szabolcs Szczepan Szofi Szofia Szonja Szymon Szófia Sába Sámo Sámuel
Sándor Sára Sáva Sâkıp Sânziana Sébastien Ségolène Sékou Séraphin Sérgio Séverin Séverine Sílvia Sönke Sören
Søren Süheyl Süleyman Sıdkı Sıla Sırrı Səbinə Tabea Tabita Tabris Taceddin Tacjana Tadeáš Tadija Taha Tahir
Tahsin Taib Taide Taisiya Talat Talay Talea Talha Talip Talita Tamia Tamina Tamino Tammaro Tammo Tamás Tamāra
Tancredi Tancrède Taner Tanguy Tanirika Tanja Tanju Tankred Tansu Tantri Tanushree Tanushri Tanyeli Tapan
Tapani Tapio Taras Tarcisio Tari Tarik Tarja Tarkan Tarquinia Tarsilla Tarso Tarun Tarık Tasa Tasdik Tasnim
Taswir Tatjana Tatyana Taufan Taufik Taurin Tayfun Tayisiya Tayler Tayyar Taziana Taziano Tazio Taşkın Taťána
Tecla Teea Teguh Teije Tej Teja Tejas Tekin Tekinalp Tekla Telchide Telemaco Telica Tellervo Temel Temistocle
Temitope Teo Teobald Teobaldo Teodata Teodolinda Teodorik Teodosia Teodosio Teodoto Teodoz Teodozie Teofan
Teofil Teofila Teogene Teohari Teoman Teona Terenc Terencius Terencjusz Terenti Terentiy Terenty Terenzio
Tereza Terezie Tertuliano Terzo Terézia Terēze Tesauro Tesifonte Tetyana Teudosia Teun Teunis Tevfik Tevhid
Tezcan Tezel Tezer Thabisa Thadie Thalea Thamsanqa Thando Thaïs Themba Theodorik Theodosie Theofan Theofil
Theofila Theunis Theuns Thiago Thibault Thibert Thierno Thierry Thies Thije Thijmen Thijn Thijs Thilo Thirza
Thobeka Thorben Thore Thorge Thulani Thulisile Théo Théodora Théodore Théodose Théophile Théophraste Thérèse
Tia Tiago Tibaldo Tibbe Tiberia Tiberio Tiberiu Tiberius Tibor Tiburcius Tiburzio Tichomil Tichomír Tichon
Ticone Tidiane Tieme Tihomir Tiina Tija Tijana Tijmen Tijn Tijs Tikhon Til Tillmann Timbul Timea Timish Timm
Timo Timofey Timofi Timofiy Timofy Timoléon Timon Timotei Timotej Timoteus Timothée Timur Tinca Tincuța Tino
Tiphaine Tira Tiril Tirone Tirta Tirtayasa Tirza Titi Titien Titilayo Titilope Titin Tizian Tiziana Tiziano
Tizio Tjark Tobia Tobiasz Tobiloba Tobiáš Todor Tohir Tolga Tolomeo Tolunay Toluwani Tomasz Tomiloba Tomislav
Tomislava Tomke Tommaso Tomo Tomás Tomáš Tomáška Tonija Tonka Tonko Tonnin Tonči Tončica Toon Tope Torben
Torbjörn Torkvát Torquato Torsten Tosca Tosco Toska Toussaint Toyip Traian Trajan Tranquillo Trasea Tri Trifon
Trilochan Trilochana Trilok Trilokanath Trilokesh Triloki Trine Tristano Troels Trofim Trpimir Trpko Trīne
Tsabita Tuana Tudora Tudorița Tudosia Tufan Tugay Tugiman Tuhfe Tullia Tulliano Tullio Tunahan Tunar Tunay
Tunç Tunçer Tuomas Tur Turan Turgay Turgut Turi Turibio Turna Turold Tushar Tussio Tutku Tuula Tuulikki Tuur
Tuğba Tuğrul Tuğtekin Tverdislav Tvorimir Tvrtko Twan Tycho Tygo Tymoteusz Tyron Táňa Tülay Tülin Tümer Türkan
Türkay Türker Türkeş Tālis Tālivaldis Tālrīts Tīna Tınas Tərlan Ubaldo Ubaydulloh Ubertino Uberto Uchita
Uchqun Uda Udai Udit Udo Uffe Ufuk Ugolina Ugolino Uguccione Uhra Ujjawal Ujjwal Ukbe Ulderico Ulduz Ulf Ulfa
Ulfo Uli Ulisse Uliva Ulpiano Ulrico Ulrik Ulstano Ultimo Ulus Uluthando Ulva Ulvi Ulviye Ulwazi Ulya Ulyan
Ulyana Ulysse Uma Umang Umar Umay Umaya Umi Umid Umida Umidulloh Umile Umur Umuralp Umut Undīne Unggul Unjani
Unna Upendra Upik Uqbaloy Uranio Urdino Urfon Uriele Urmila Ursicio Ursino Ursmaro Ursule Uršula Uršuľa Usame
Usha Usman Usmon Ustim Ustin Ustina Usyi Utama Utku Uttam Uve Uygu Uzayr Uzbegim Uzodimma Uğur Uģis Vadim Vafo
Vagn Vahdet Vahid Vahide Vahâ Vaidehi Vaijayanthi Vaijayanti Vaishnavi Vaishno Vaishvi Vala Valburga Valdemara
Valdemārs Valente Valentim Valentín Valentína Valentýn Valentýna Valentīna Valentīns Valeri Valeriana
Valeriano Valerico Valerija Valerio Valeriu Valeriy Valeriya Valerián Valeryan Valfredo Valfrido Vali Valtena
Valter Valtr Valtteri Valère Valér Valéria Valérie Valéry Valērija Valērijs Vanesa Vanja Varalakshmi
Varfolomei Varfolomey Varlaam Varo Varvara Vasanti Vasco Vasil Vasile Vasilica Vasilică Vasilina Vasilisa
Vasiliy Vasko Vasliddin Vasudev Vasudeva Vasudha Vasundhara Vatroslav Vatslav Vavrinec Vavřinec Vecdi Vedang
Vedanga Vedanshi Vedasto Vedat Vedran Vedrana Veerle Vefa Vefik Vega Vehbi Veikko Veit Vela Velana Velaphi
Velemir Veleslav Veleslava Veli Velibor Velimir Velimira Velimír Velina Velio Velislav Velislava Venance
Venanzio Vencel Venceslao Venceslas Vendel Vendelín Vendelína Vendula Vendulka Venedikt Venera Veneranda
Venerando Venere Venerio Veniamin Ventura Venusta Venustiano Venusto Venuše Verano Verda Verdiana Verecondo
Verenzio Veriana Verica Veridiana Verner Vero Verulo Verónica Veselinka Vesile Vesna Vespasiano Veta Veysel
Veysi Vezio Vianney Vibeke Vicdan Vicente Vicenția Vicențiu Victoire Victorien Victorin Vidak Vidhur Vidhya
Vidiano Vidone Vidor Vidur Vidya Viera Vieroslava Vieve Viggo Vigile Vigo Vijay Vijeko Vijolīte Vik Vikenti
Vikentiy Vikenty Viktor Viktoria Viktorie Viktorin Viktoriya Viktorín Viktória Vildan Vilde Vilemína Vilena
Vilenina Vilfredo Vilhelm Vilhelmīne Viliam Viliana Vilibald Viliberto Vilina Ville Villy Vilmar Vilmos
Vilmārs Vilém Viléma Vimal Vimala Viman Vinay Vincenc Vincencie Vincenza Vincenzo Vincențiu Vinciane Vindonio
Vinebaldo Vinfrido Vinicio Vinka Vino Vinsen Vinz Violeta Viorel Viorela Viorica Vira Virginio Virginiya
Virgínie Virman Virone Virág Visarion Viscardo Vishnu Vishwamitra Vissarion Vissia Vitale Vitali Vitalico
Vitalina Vitaliy Vitaly Vitold Vitor Vittore Vittoriano Vitus Vitória Vitālijs Vivaldo Vive Viviane Viviano
Vizbulīte Višnja Vjekoslav Vjenceslav Vlada Vladan Vladana Vladek Vladilen Vladimira Vladimiro Vladimír
Vladimíra Vladislav Vladislava Vladivoj Vladlen Vlado Vladěna Vlaicu Vlas Vlasta Vlastimil Vlastimila
Vlastimir Vlastimír Vlastimíra Vlastislav Vlastislava Vlatka Vlatko Vlk Vodingo Voichița Voicu Vojen Vojin
Vojislava Vojmil Vojmír Vojmíra Vojslav Vojslava Vojtech Vojtěch Vojtěška Vok Voldemārs Volfango Volfgang
Volkan Volodimir Volodislav Voršila Vosil Vratislav Vratislava Vratko Vrinda Vrund Vsemil Vseslav Vseslava
Vsevlad Vsevolod Vujadin Vujica Vuk Vukan Vukašin Vukica Vukota Vulmaro Vulpiano Vuslat Vusumuzi Vyacheslav
Vyas Vysheslav Václav Václava Vânia Véronique Vít Víta Vítor Vítoslav Vítězslav Vítězslava Víťazoslav Vēsma
Věduna Věnceslav Věnceslava Věnek Věnka Věra Věroslav Věroslava Věslava Všeboj Všebor Všerad Všeslav Wacław
Wahyu Wakiman Walenty Walentyn Walentyna Waleran Waleria Walerian Walery Walgierz Walter Waluyo Wandrille
Wanesa Wani Waqila Wardaya Wardi Warji Warley Warsa Warsita Warta Wasis Wawan Wawrzyniec Wende Weronika Wessel
Wiara Wibke Widya Wiebke Wies Wiktor Wiktoria Wilfryd Wincenty Winda Wira Wirda Wirginia Wisnu Witalis Wout
Wouter Wulan Wulandari Władysław Włodzimierz Xalima Xanana Xander Xaver Xaverie Xaverius Xavi Xavière Xem
Xenie Xeniya Xénia Xénophon Yaa Yacine Yago Yahya Yahyo Yakov Yakub Yakubu Yalgın Yalçın Yaman Yan Yana Yango
Yani Yannic Yannick Yannik Yannis Yanuari Yanuariy Yanuary Yaprak Yara Yarah Yarema Yaren Yarina Yaromil
Yaromir Yaropolk Yaroslav Yaroslava Yarovid Yasemin Yasin Yasmine Yassin Yassine Yassir Yavuz Yaya Yağmur
Yağız Yaşar Yeduard Yefim Yefrem Yegor Yekaterina Yekta Yelda Yeleonora Yelisey Yeliz Yelizar Yelizaveta
Yemelyan Yemil Yemiliya Yemmanuil Yener Yenthe Yepifan Yerast Yeremey Yeremi Yeremiy Yeremy Yermil Yermolay
Yernest Yernst Yerofey Yessi Yetkin Yevdokim Yevdokiya Yevfrosiniya Yevgen Yevgeniy Yevgeniya Yevgraf
Yevlampiy Yevpraksiya Yevsey Yevstafiy Yevstigney Yeşim Yfke Yibanathi Yinthe Yiğit Ylvi Ylvie Yoann Yogendra
Yogesh Yoginder Yonca Yono Yoqub Yorbek Yoro Yorqin Yosef Yosun Younes Youp Yousef Youssef Youssou Youssouph
Youssoupha Yozida Yoznur Ysaline Yseult Yukhim Yukhima Yukhimiya Yuli Yulia Yulian Yuliana Yulianna Yuliy
Yuliya Yuly Yuna Yuni Yunita Yunus Yuriy Yury Yustina Yusuf Yuvenali Yuvenaliy Yuvenaly Yven Yüce Yücel Yüksel
Yümni Yıldırım Yıldız Yılmaz Zabava Zabedeo Zabina Zabir Zaccheo Zachar Zachariasz Zachariáš Zaché Zaenab
Zafar Zafer Zafir Zaharia Zahide Zahir Zahra Zaida Zain Zainab Zaira Zakaria Zakhar Zakhari Zakhariy Zakhary
Zaki Zakir Zalindra Zalán Zama Zamfir Zamfira Zamir Zamira Zanele Zanita Zanobi Zaraza Zarije Zarina Zaur
Zavida Zayd Zayn Zayniddin Zbislav Zborislav Zbyhněv Zbyhněva Zbyněk Zbyslav Zbyslava Zbyňka Zbyšek Zbyška
Zdena Zdenka Zdenko Zdeněk Zderad Zdeslav Zdeslava Zdeňka Zdirad Zdislav Zdislava Zdravko Zdík Zef Zefiro
Zehra Zejnep Zekai Zekeriyyâ Zekiye Zelaya Zeliha Zelinda Zeltīte Zemislav Zenaide Zenebio Zeno Zenobia
Zenobie Zenobio Zenon Zenone Zenovi Zenovia Zenoviy Zenovy Zente Zenzele Zerrin Zetico Zev Zeyd Zeyneb Zeynel
Zeynep Zhanna Zhozefina Ziedīte Zigfrīda Zigfrīds Zigmārs Zigrīda Zihnî Zikmund Zilola Zina Zinaida Zinayida
Zinovi Zinoviy Zinovy Zion Zithulele Ziva Ziver Ziya Ziyad Ziyo Ziyâd Zizi Zlat Zlata Zlatan Zlatica Zlatka
Zlatko Zlatomir Zlatomír Zlatomíra Zlatuše Zobuhle Zoey Zofia Zohid Zohir Zoilo Zoja Zokir Zoltan Zoltán Zoran
Zoremir Zoreslav Zoreslava Zorka Zoroslav Zoroslava Zoryan Zoryana Zosim Zosima Zosimo Zoya Zoyir Zoé Zoéva
Zoë Zrinislav Zrinko Zselyke Zsolt Zsombor Zsófia Zubayr Zulaikha Zulfa Zulfikar Zuxra Zuzanna Zvenigor
Zvenimir Zvenislav Zvenislava Zvezdana Zvonimir Zvonimír Zvonimíra Zvonko Zygmunt Záboj Záviš Zâfir Zâhit Zénó
Zéphirin Zétény Zübeyde Zübeyr Zühal Zülal Züleyha Zülfikâr Zümrüt Zīle Ábel Ádám Ákos Ámos Ángela Ángeles
Ármin Áron Árón Áurea Ângelo Åke Åsa Çaba Çabdar Çablı Çabuş Çalapkulu Çankız Çağan Çağatay Çağdaş Çağla
Çağlar Çağlayan Çağru Çağrı Çağrıbeğ Çağrıhan Çağrıtegin Çağıl Çelen Çelik Çemen Çemgen Çetin Çetinel Çetiner
Çeykün Çeşminaz Çilay Çilenti Çiler Çimen Çise Çisil Çiçek Çiçem Çiğdem Çişem Çobulmak Çocukbörü Çokramayul
Çolman Çolpan Çölü Çıgıl Çıngır Édith Édouard Éleuthère Élia Éliane Élie Élisabeth Élise Élisée Élodie Éloïse
Élzéar Éléonore Émeline Émeric Émile Émilie Émérance Émérencie Épiphane Éric Érica Étienne Évangéline Évariste
Évelyne Évrard Ígor Óscar Ömer Önder Öykü Özcan Özden Özer Özge Özgür Özhan Özkan Özlem Özlen Öznur Ülfet
Ülgen Ülker Ülkü Ülkər Ülviyyə Ümit Ümmiye Ümran Ünal Ünsel Ünseli Üzeyir Ādams Ādolfs Ārija Ārijs Āris Čarna
Časlav Čedomir Čeněk Čestmír Čestmíra Čeňka Čistoslav Čistoslava Đina Đura Đurađ Đurda Đurica Ērika Ēriks
Ēvalds Ģederts Ģertrūde Īrisa İbrahim İclal İdil İdris İffet İhsan İhvan İkbal İkeme İkiçitoyun İkrime İlayda
İlbey İlbilge İldike İlgegü İlham İlhami İlhan İlkay İlkben İlke İlker İlknur İlksen İlkyaz İlqar İlyas İmge
İmran İmrem İnci İpek İrem İrfan İrinç İrinçköl İrtiş İsmail İsmet İtil İxtiyar İzel İzzet İzzettin Ľubica
Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łazarz Łucja Łukasz Řehoř
Řehořka Şaban Şadan Şahap Şahin Şahinalp Şahsuvar Şahsüvar Şaiq Şakir Şamil Şarani Şayan Şebnem Şecaeddin
Şefik Şehlevent Şehrazat Şelale Şemsi Şenay Şener Şengül Şennur Şenol Şerafettin Şeref Şerif Şermin Şevket
Şevki Şevval Şeyban Şeyda Şeyma Şihab Şihabeddin Şiir Şinasi Şule Şâfi Şükrü Şəhriyar Šalamoun Šalomoun
Šarlota Šavel Šebastián Šimon Šimona Štef Štefan Štefánia Štěpán Štěpána Štěpánka Šárka Šťasta Żaneta Žakelina
Žakelína Žaneta Žanete Žanis Žanna Žarko Ždan Ždana Želibor Želimír Želimíra Želislav Želislava Željka Željko
Želmír Želmíra Ženija Žigmund Žitomír Žitomíra Žitoslav Žitoslava Živa Živan Živana Žofia Žofie Žubīte Əhməd
Șerban Ștefan Ștefana Ștefania
`;

export const WORLD_GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
