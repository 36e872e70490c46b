package io.doran.chat.application.port.in;

import io.doran.chat.domain.shared.MessageId;
import io.doran.chat.domain.shared.RoomId;
import io.doran.chat.domain.shared.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Reports (issue 18): a participant reports another's message with a reason; moderators of the room list the room's
 * reports, services (the internal API) those of every room.
 */
public interface ReportUseCase {

    int MAX_LIMIT = 200;

    ReportView report(UserId actor, RoomId roomId, MessageId messageId, String reason);

    /** The room's reports, newest first: moderators only. */
    List<ReportView> reports(UserId actor, RoomId roomId, int limit);

    /** Every room's reports, newest first: for services. */
    List<ReportView> allReports(int limit);

    record ReportView(String reportId, String roomId, String messageId, String authorId, String reportedBy,
                      String reason, Instant reportedAt) {
    }
}
