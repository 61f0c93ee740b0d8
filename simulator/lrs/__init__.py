"""Results to the organisation: xAPI statements, the outbox sender and the LRS client. No Qt."""
