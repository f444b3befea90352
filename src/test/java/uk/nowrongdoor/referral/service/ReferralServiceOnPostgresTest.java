package uk.nowrongdoor.referral.service;

import uk.nowrongdoor.testsupport.OnPostgresAndOpenSearch;

/** Every self-referral rule of ReferralServiceTest, on PostgreSQL (the scale profile). */
@OnPostgresAndOpenSearch
class ReferralServiceOnPostgresTest extends ReferralServiceTest {}
