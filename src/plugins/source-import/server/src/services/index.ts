import entities from './entities';
import history from './history';
import importer from './importer';
import runner from './runner';

export default { entities, history, importer, runner };
