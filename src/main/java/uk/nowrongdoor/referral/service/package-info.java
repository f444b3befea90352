@NullMarked
package uk.nowrongdoor.referral.service;

import org.jspecify.annotations.NullMarked;
