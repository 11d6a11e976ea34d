package io.tailor.phase;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A celebration the user has not marked seen, with the id to mark it by. */
@Schema(description = "Shown until POST /api/v1/users/{user_id}/celebrations/{id}/seen marks it seen")
record UnreadCelebration(UUID id, String title, String message) {}
