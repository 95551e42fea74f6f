import type { Schema, Struct } from '@strapi/strapi';

export interface NewsAffiliation extends Struct.ComponentSchema {
  collectionName: 'components_news_affiliations';
  info: {
    description: 'A role a person holds at an organization ("senior fellow" at a think tank).';
    displayName: 'Affiliation';
    icon: 'briefcase';
  };
  attributes: {
    organization: Schema.Attribute.Relation<
      'oneToOne',
      'api::organization.organization'
    >;
    role: Schema.Attribute.String;
  };
}

export interface NewsCaptionedImage extends Struct.ComponentSchema {
  collectionName: 'components_news_captioned_images';
  info: {
    description: 'A photo with its caption and its credit line (the \u00A9 line of the page).';
    displayName: 'Captioned image';
    icon: 'picture';
  };
  attributes: {
    caption: Schema.Attribute.Text;
    credit: Schema.Attribute.String;
    file: Schema.Attribute.Media<'images'>;
  };
}

export interface NewsImportSource extends Struct.ComponentSchema {
  collectionName: 'components_news_import_sources';
  info: {
    description: 'Where an article came from: the captured text, its hash, the importer that read it and the structure report at import time.';
    displayName: 'Import source';
    icon: 'file';
  };
  attributes: {
    diagnostics: Schema.Attribute.JSON;
    fileName: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1024;
      }>;
    importedAt: Schema.Attribute.DateTime;
    importerVersion: Schema.Attribute.String;
    rawText: Schema.Attribute.RichText;
    sha256: Schema.Attribute.String;
  };
}

export interface NewsRelatedHeadline extends Struct.ComponentSchema {
  collectionName: 'components_news_related_headlines';
  info: {
    description: 'A headline of another article the page links to; linked to that article once it exists.';
    displayName: 'Related headline';
    icon: 'link';
  };
  attributes: {
    article: Schema.Attribute.Relation<'oneToOne', 'api::article.article'>;
    headline: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'news.affiliation': NewsAffiliation;
      'news.captioned-image': NewsCaptionedImage;
      'news.import-source': NewsImportSource;
      'news.related-headline': NewsRelatedHeadline;
    }
  }
}
