/** What the command-line tools share: progress reported on stderr while a long run works. */
@NullMarked
package io.tailor.console;

import org.jspecify.annotations.NullMarked;
