@NullMarked
package uk.nowrongdoor.intake.service;

import org.jspecify.annotations.NullMarked;
