/** The GraphQL documents the curation page sends: public API only (schema/*.graphql). */

const ENTITY = 'id name type aliases';
const ARTICLE_FIELDS = 'id title source url publishedAt language relationships { id type source { id name } target { id name } }';

/** The vocabulary the editors offer: every entity type, relation type (with its meaning) and status. */
export const VOCABULARY = `query CurateVocabulary {
  vocabulary { allEntityTypes allRelationTypes { name description } allStatuses }
}`;

/** An article already in the graph, by id and by URL (either may be absent). */
export const EXISTING_ARTICLE = `query CurateExistingArticle($id: ID!, $url: String!, $byId: Boolean!, $byUrl: Boolean!) {
  byId: article(id: $id) @include(if: $byId) { ${ARTICLE_FIELDS} }
  byUrl: articleByUrl(url: $url) @include(if: $byUrl) { ${ARTICLE_FIELDS} }
}`;

/** An article's metadata and claims, to correct or retract it. */
export const ARTICLE_TO_CORRECT = `query CurateArticle($id: ID!) {
  article(id: $id) { ${ARTICLE_FIELDS} }
}`;

/** The analysis of a text: known mentions, candidate actors, proposed relationships, and the draft. */
export const ANALYZE = `query CurateAnalyze($text: String!, $article: ArticleMetaInput) {
  analyzeText(text: $text, article: $article) {
    mentions { entityId start end text entity { ${ENTITY} } }
    candidateEntities { suggestedId text type start end }
    candidateRelationships {
      type sourceId targetId sourceIsCandidate targetIsCandidate
      source { ${ENTITY} } target { ${ENTITY} }
      sourceStart sourceEnd targetStart targetEnd
      quote sentenceStart sentenceEnd trigger confidence validFrom
    }
    draft {
      entities { id name type aliases }
      relationships {
        type source target topic role validFrom validTo status note
        quantities { value unit label }
        evidence { quote }
      }
    }
  }
}`;

const RESULT_RELATIONSHIP = `id type status validFrom validTo topic role
  source { id name type degree } target { id name type degree }
  evidence { quote article { id } }`;

/** An ingest or its dry run, with every list the review shows. */
export const INGEST = `mutation CurateIngest($input: ArticleInput!, $dryRun: Boolean!) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    dryRun auditId evidenceAdded evidenceRemoved removedRelationshipIds
    article { id }
    createdEntities { ${ENTITY} }
    mergedEntities { inputId entity { ${ENTITY} } }
    createdRelationships { ${RESULT_RELATIONSHIP} }
    corroboratedRelationships { ${RESULT_RELATIONSHIP} }
    disputedRelationships { ${RESULT_RELATIONSHIP} }
    unchangedRelationships { ${RESULT_RELATIONSHIP} }
  }
}`;

/** A retraction or its preview. */
export const RETRACT = `mutation CurateRetract($id: ID!, $reason: String!, $removeOrphans: Boolean!, $dryRun: Boolean!) {
  retractArticle(id: $id, reason: $reason, removeOrphans: $removeOrphans, dryRun: $dryRun) {
    articleId dryRun reason evidenceRemoved removedRelationshipIds keptRelationshipIds restoredRelationshipIds
    removedAliases { entityId alias } removedDescriptionEntityIds orphanedEntityIds removedEntityIds dataVersion auditId
  }
}`;

/** Undoes a retraction. */
export const UNDO_RETRACTION = `mutation CurateUndoRetraction($auditId: ID!) {
  undoRetraction(auditId: $auditId) { auditId undoAuditId }
}`;
