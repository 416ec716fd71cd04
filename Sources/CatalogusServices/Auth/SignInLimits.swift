import Foundation

/// Every bound on sign-in, written once (README, "People sign in", quotes them). The
/// design is OWASP's device cookies: a browser that signed in to an account carries a
/// signed cookie for it (`DeviceCookie`), and its attempts are "known"; everything else
/// is "unknown". Outsiders can only exhaust the unknown budgets, so they can neither
/// lock a person out nor keep people from signing in during a flood.
public struct SignInLimits: Sendable {
    /// Failed attempts for one account (an e-mail address, whether or not it has an
    /// account) from unknown clients within `unknownWindowSeconds`; beyond, unknown
    /// attempts for it get 429 without a hash until the oldest failure leaves the window.
    /// Known devices are not affected. The bound on an attacker's guesses per account.
    public var unknownFailuresPerAccount = 10
    public var unknownWindowSeconds: UInt64 = 3600

    /// Failed attempts with one device cookie within `deviceWindowSeconds`; beyond, the
    /// cookie no longer counts and its attempts are unknown ones.
    public var failuresPerDevice = 5
    public var deviceWindowSeconds: UInt64 = 15 * 60

    /// Unknown attempts server-wide (per second, and the burst above it); beyond, 503
    /// with Retry-After. Keeps the per-account windows far below their capacity
    /// (10/s × 3600 s = 36,000 addresses an hour against `windowCapacity`).
    public var unknownAttemptsPerSecond: Double = 10
    public var unknownAttemptBurst: Double = 20
    public var windowCapacity = 100_000

    /// Password hashes at once (one per core, at least 2), of which `reservedHashingSlots`
    /// only known devices and one-time links may use.
    public var hashingSlots = max(2, ProcessInfo.processInfo.activeProcessorCount)
    public var reservedHashingSlots = max(1, ProcessInfo.processInfo.activeProcessorCount / 4)

    /// How long a browser keeps its device cookie.
    public static let deviceCookieLifetimeSeconds = 365 * 24 * 3600
    /// Live sessions per account; a new one beyond ends the one seen least recently.
    public static let maxSessionsPerAccount = 20

    public init() {}
}
