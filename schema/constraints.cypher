// Constraints and indexes of the knowledge graph. Applied idempotently at start and by npm run seed;
// start-up reports any that are missing. One statement per ';'.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// Audit entries are found by id (undo, Query.node): a seek, not a scan of the log.
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:Audit) REQUIRE n.id IS UNIQUE;
// The one node holding the content version's sums (Query.stats.dataVersion, src/store/content-version.ts).
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
// Never committed: a write MERGEs and deletes an IngestLock node per name key or relationship end
// pair it creates, and the constraint's index-entry lock makes writes on one key wait for each other
// (src/ingest/check-no-race.ts). Without it the MERGE would lock nothing.
CREATE CONSTRAINT ingest_lock_key IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.key IS UNIQUE;

// Relationship ids are unique per relation type (ids carry their type as a prefix).
CREATE CONSTRAINT rel_affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_communicated_via_id IF NOT EXISTS FOR ()-[r:COMMUNICATED_VIA]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_discussed_id IF NOT EXISTS FOR ()-[r:DISCUSSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_granted_exclusivity_to_id IF NOT EXISTS FOR ()-[r:GRANTED_EXCLUSIVITY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_holds_office_in_id IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_invested_in_id IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_plans_id IF NOT EXISTS FOR ()-[r:PLANS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_received_investment_id IF NOT EXISTS FOR ()-[r:RECEIVED_INVESTMENT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_seeks_cooperation_with_id IF NOT EXISTS FOR ()-[r:SEEKS_COOPERATION_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_stated_id IF NOT EXISTS FOR ()-[r:STATED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_trains_id IF NOT EXISTS FOR ()-[r:TRAINS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_acquired_id IF NOT EXISTS FOR ()-[r:ACQUIRED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_adopted_id IF NOT EXISTS FOR ()-[r:ADOPTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_built_id IF NOT EXISTS FOR ()-[r:BUILT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosted_id IF NOT EXISTS FOR ()-[r:HOSTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_negotiated_id IF NOT EXISTS FOR ()-[r:NEGOTIATED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_presided_over_id IF NOT EXISTS FOR ()-[r:PRESIDED_OVER]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_regulates_id IF NOT EXISTS FOR ()-[r:REGULATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_sold_id IF NOT EXISTS FOR ()-[r:SOLD]-() REQUIRE r.id IS UNIQUE;

CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX evidence_relationship IF NOT EXISTS FOR (n:Evidence) ON (n.relationshipId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.articleId);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedStart);
// The change feed (Query.changes, subscription graphChanged) reads the audit log in time order after a time: a range seek.
CREATE INDEX audit_at IF NOT EXISTS FOR (n:Audit) ON (n.at);
// An ingest finds an article given under another id by its URL (a seek, not a scan of every article).
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);

// Full-text search. The project folds every key itself (src/domain/search-keys.ts: case, accents,
// width, punctuation; CJK as character pairs) and the analyzer only splits on white space, so no
// stop word is dropped: "Belt and Road Initiative" holds "and". Names and aliases in searchText,
// descriptions in descriptionText; an office (role and the place it is held in) in officeText on
// the LEADS and HOLDS_OFFICE_IN relationships. Start-up rebuilds an index whose definition differs.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText, n.descriptionText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'unicode_whitespace', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX office_search IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE_IN|LEADS]-() ON EACH [r.officeText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'unicode_whitespace', `fulltext.eventually_consistent`: false } };

// Entity resolution at ingest: the entities whose folded name (nameKey), one folded alias
// (aliasKeys) or one merged id (mergedIds) is exactly a key of the input. Range indexes do not
// index the elements of a list; a full-text index does, and its keyword analyzer keeps each value
// whole, so a quoted term finds exactly that value. Updated when each write commits.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKey, n.aliasKeys, n.mergedIds]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };

// External identifiers (src/store/cypher/identifier-keys.ts): one IdentifierKey node per
// `SCHEME:value` an entity holds, with the entity's id. The unique constraint is what makes the
// database refuse a second entity with an identifier; its index finds the entity of an identifier
// (Query.entityByIdentifier, entity resolution). The entityId index finds an entity's keys when its
// identifiers change or it is deleted.
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (n:IdentifierKey) REQUIRE n.key IS UNIQUE;
CREATE INDEX identifier_key_entity IF NOT EXISTS FOR (n:IdentifierKey) ON (n.entityId);
