@NullMarked
package uk.nowrongdoor.referral.domain;

import org.jspecify.annotations.NullMarked;
