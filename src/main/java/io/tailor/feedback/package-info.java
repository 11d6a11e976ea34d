/** Recording task feedback and the seed's feedback endpoints, the health check among them. */
@NullMarked
package io.tailor.feedback;

import org.jspecify.annotations.NullMarked;
