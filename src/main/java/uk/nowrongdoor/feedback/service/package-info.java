@NullMarked
package uk.nowrongdoor.feedback.service;

import org.jspecify.annotations.NullMarked;
