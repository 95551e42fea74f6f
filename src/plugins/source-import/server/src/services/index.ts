import articleWriter from './article-writer';
import background from './background';
import entities from './entities';
import history from './history';
import importer from './importer';
import merge from './merge';
import provenance from './provenance';
import quoteWriter from './quote-writer';
import reread from './reread';
import runner from './runner';

export default { 'article-writer': articleWriter, background, entities, history, importer, merge, provenance, 'quote-writer': quoteWriter, reread, runner };
