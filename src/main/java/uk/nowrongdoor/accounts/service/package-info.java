@NullMarked
package uk.nowrongdoor.accounts.service;

import org.jspecify.annotations.NullMarked;
