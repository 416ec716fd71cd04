/// Extended result codes that Swift cannot import: sqlite3.h defines them
/// as `(PRIMARY | (n<<8))`, beyond the importer. Values from
/// https://www.sqlite.org/rescode.html; they are part of SQLite's stable ABI.
enum SQLiteExtendedCode {
    static let constraintCheck: Int32 = 275         // SQLITE_CONSTRAINT | (1<<8)
    static let constraintForeignKey: Int32 = 787    // SQLITE_CONSTRAINT | (3<<8)
    static let constraintNotNull: Int32 = 1299      // SQLITE_CONSTRAINT | (5<<8)
    static let constraintPrimaryKey: Int32 = 1555   // SQLITE_CONSTRAINT | (6<<8)
    static let constraintUnique: Int32 = 2067       // SQLITE_CONSTRAINT | (8<<8)
    static let constraintDataType: Int32 = 3091     // SQLITE_CONSTRAINT | (12<<8)
    static let constraintTrigger: Int32 = 1811      // SQLITE_CONSTRAINT | (7<<8), RAISE(ABORT) in a trigger
    static let ioerrWrite: Int32 = 778              // SQLITE_IOERR | (3<<8)
    static let ioerrFsync: Int32 = 1034             // SQLITE_IOERR | (4<<8)
    static let ioerrTruncate: Int32 = 1546          // SQLITE_IOERR | (6<<8)
    static let ioerrShmSize: Int32 = 4874           // SQLITE_IOERR | (19<<8)
}
