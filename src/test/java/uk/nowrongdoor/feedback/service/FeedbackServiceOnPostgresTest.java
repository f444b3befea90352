package uk.nowrongdoor.feedback.service;

import uk.nowrongdoor.testsupport.OnPostgresAndOpenSearch;

/** Every feedback rule of FeedbackServiceTest, on PostgreSQL (the scale profile). */
@OnPostgresAndOpenSearch
class FeedbackServiceOnPostgresTest extends FeedbackServiceTest {}
