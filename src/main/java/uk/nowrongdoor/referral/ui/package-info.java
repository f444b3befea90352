@NullMarked
package uk.nowrongdoor.referral.ui;

import org.jspecify.annotations.NullMarked;
