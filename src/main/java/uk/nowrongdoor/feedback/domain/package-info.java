@NullMarked
package uk.nowrongdoor.feedback.domain;

import org.jspecify.annotations.NullMarked;
