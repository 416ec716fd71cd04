import CatalogusDomain
import CatalogusStorage
import JSON

/// Decides, before any password is hashed, whether a sign-in attempt may be checked and
/// at which priority, and books its outcome afterwards (see `SignInLimits`).
///
/// - Known: the request carries a valid device cookie for the account named, and that
///   cookie has not failed too often. Only the device's own failures count against it;
///   no limit per client or server-wide applies, and it may use the reserved hashing slots.
/// - Unknown: everything else, including a wrong address (which can never be known, and
///   is otherwise treated exactly like a wrong password). It passes, in this order, the
///   limit per client network (429), the account's window of failures (429, the "lock")
///   and the server-wide budget (503), and hashes only in the unreserved slots.
package struct SignInGuard {
    package let services: AccountServices

    package enum Admission {
        case known(DeviceCookie, AttemptWindow.Reservation)
        case unknown(email: String, AttemptWindow.Reservation)

        package var priority: PasswordHashingGate.Priority {
            if case .known = self { return .known }
            return .unknown
        }
    }

    /// What a failed attempt brought about, for the audit log and the answer.
    package enum Consequence {
        case none
        /// The account's last place for unknown clients is taken: it is locked to them.
        case accountLocked(retryAfterSeconds: Int)
        /// The device cookie failed too often and no longer counts.
        case deviceDistrusted
    }

    package func admit(email: String, device: DeviceCookie?, client: String) throws -> Admission {
        if let device, case .admitted(let place) = services.deviceFailures.reserve(device.nonce) {
            return .known(device, place)
        }
        if let wait = services.attemptsPerClient.acquire(client) {
            throw AppError.tooManyRequests(retryAfterSeconds: wait, message: .init(.signInTooMany, ["seconds": .integer(wait)]))
        }
        switch services.unknownFailures.reserve(email) {
        case .refused(let wait):
            throw Self.locked(wait)
        case .admitted(let place):
            if services.unknownAttempts.acquire(0) != nil {
                services.unknownFailures.release(place)
                throw AppError.unavailable(.init(.signInBusy), retryAfterSeconds: 1)
            }
            return .unknown(email: email, place)
        }
    }

    /// The password was right, or it was never checked (the gate refused): the place goes back.
    package func release(_ admission: Admission) {
        switch admission {
        case .known(_, let place): services.deviceFailures.release(place)
        case .unknown(_, let place): services.unknownFailures.release(place)
        }
    }

    package func failed(_ admission: Admission) -> Consequence {
        switch admission {
        case .known(_, let place):
            return place.isLast ? .deviceDistrusted : .none
        case .unknown(_, let place):
            return place.isLast ? .accountLocked(retryAfterSeconds: Int(services.limits.unknownWindowSeconds)) : .none
        }
    }

    package static func locked(_ seconds: Int) -> AppError {
        .tooManyRequests(retryAfterSeconds: seconds,
                         message: Message(.signInLocked, ["minutes": .integer(max(1, (seconds + 59) / 60))]))
    }
}
