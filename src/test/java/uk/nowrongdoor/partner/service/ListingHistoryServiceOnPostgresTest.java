package uk.nowrongdoor.partner.service;

import uk.nowrongdoor.testsupport.OnPostgresAndOpenSearch;

/**
 * Every history rule of ListingHistoryServiceTest on PostgreSQL (the scale profile): the audit tables of Flyway V40 and
 * V41, V41's baseline of locations, and the derived timetable columns.
 */
@OnPostgresAndOpenSearch
class ListingHistoryServiceOnPostgresTest extends ListingHistoryServiceTest {}
