package uk.nowrongdoor.content;

import uk.nowrongdoor.testsupport.OnPostgresAndOpenSearch;

/** Content loading (through every migration) on PostgreSQL and OpenSearch (the scale profile). */
@OnPostgresAndOpenSearch
class ContentLoaderOnPostgresTest extends ContentLoaderTest {}
