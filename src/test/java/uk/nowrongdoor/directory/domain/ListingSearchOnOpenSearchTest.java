package uk.nowrongdoor.directory.domain;

import uk.nowrongdoor.testsupport.OnPostgresAndOpenSearch;

/** Every search rule of ListingSearchTest, on PostgreSQL and OpenSearch (the scale profile). */
@OnPostgresAndOpenSearch
class ListingSearchOnOpenSearchTest extends ListingSearchTest {}
