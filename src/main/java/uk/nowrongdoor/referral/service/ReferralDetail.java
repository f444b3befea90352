package uk.nowrongdoor.referral.service;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff need to act on a referral, safe-contact preferences first. Read only through
 * {@link ReferralInbox#open(long)}, which checks the reader and records that they opened it.
 */
public record ReferralDetail(
        ReferralCard card,
        String contactName,
        String contactMethod,
        @Nullable String phone,
        @Nullable String email,
        boolean voicemailOk,
        boolean maySayWhoCalls,
        @Nullable String bestTimes,
        @Nullable String pronouns,
        @Nullable String communicationNeeds,
        String forWhom,
        @Nullable String safeNow,
        boolean riskIndicated,
        String helpWanted,
        @Nullable String aboutMe,
        @Nullable String closeReason,
        List<HistoryLine> history,
        Set<ReferralAction> actions) {}
