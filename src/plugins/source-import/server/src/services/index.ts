import articleWriter from './article-writer';
import entities from './entities';
import history from './history';
import importer from './importer';
import merge from './merge';
import quoteWriter from './quote-writer';
import runner from './runner';

export default { 'article-writer': articleWriter, entities, history, importer, merge, 'quote-writer': quoteWriter, runner };
