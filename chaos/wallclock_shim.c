// An LD_PRELOAD shim that steps a process's wall clock and nothing else, as an NTP step
// does on a real machine: clock_gettime(CLOCK_REALTIME*), gettimeofday() and time()
// return the real time plus an offset read from the file named by CHAOS_WALLCLOCK_FILE
// (re-read at most every 10 ms). CLOCK_MONOTONIC, CLOCK_BOOTTIME, relative sleeps and
// monotonic timers are untouched.
//
// A wait until an absolute wall-clock time must see the steps too: sem_timedwait() (what
// libdispatch's DispatchSemaphore.wait(timeout:) uses on Linux, with a CLOCK_REALTIME
// deadline converted from the monotonic DispatchTime) waits in slices of at most 10 ms
// until the *stepped* wall clock reaches its deadline. So a wait in progress when the
// clock steps back an hour lasts an hour longer, as it does when the kernel's clock
// steps; without this, the offset would make every such wait end at once or last a day.
//
// The offset file holds what libfaketime's relative FAKETIME does: "+0", "-1h", "+23h",
// "-90m", "+2d", "+3600" (seconds without a suffix).
//
// Why not libfaketime (Debian's 0.9.10): with FAKETIME_DONT_FAKE_MONOTONIC=1 its
// clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME) wrapper passes a negative time to the
// kernel and fails with EINVAL (libfaketime issue #426), and it fakes monotonic timerfds
// anyway (#378): the server would see failures no real clock step causes.
//
// Build: gcc -O2 -shared -fPIC -o wallclock_shim.so wallclock_shim.c -ldl
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

typedef int (*clock_gettime_fn)(clockid_t, struct timespec *);
typedef int (*sem_timedwait_fn)(sem_t *, const struct timespec *);

static _Atomic(clock_gettime_fn) real_clock_gettime;
static _Atomic long long offset_ns;
static _Atomic long long next_read_ns;  // monotonic nanoseconds

static clock_gettime_fn get_real_clock_gettime(void) {
    clock_gettime_fn fn = atomic_load(&real_clock_gettime);
    if (!fn) {
        fn = (clock_gettime_fn)dlsym(RTLD_NEXT, "clock_gettime");
        atomic_store(&real_clock_gettime, fn);
    }
    return fn;
}

static long long parse_offset_ns(const char *text) {
    char *end = NULL;
    double value = strtod(text, &end);
    if (end == text) return 0;
    double unit = 1;
    switch (*end) {
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    case 'y': unit = 365 * 86400.0; break;
    default: unit = 1;
    }
    return (long long)(value * unit * 1e9);
}

static long long current_offset_ns(void) {
    struct timespec mono;
    get_real_clock_gettime()(CLOCK_MONOTONIC, &mono);
    long long now = (long long)mono.tv_sec * 1000000000LL + mono.tv_nsec;
    if (now >= atomic_load(&next_read_ns)) {
        atomic_store(&next_read_ns, now + 10000000LL);
        const char *path = getenv("CHAOS_WALLCLOCK_FILE");
        if (path) {
            int fd = open(path, O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                char buffer[64];
                ssize_t n = read(fd, buffer, sizeof buffer - 1);
                close(fd);
                if (n > 0) {
                    buffer[n] = 0;
                    atomic_store(&offset_ns, parse_offset_ns(buffer));
                }
            }
        }
    }
    return atomic_load(&offset_ns);
}

static int is_wall_clock(clockid_t id) {
    return id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE || id == CLOCK_TAI;
}

int clock_gettime(clockid_t id, struct timespec *ts) {
    int result = get_real_clock_gettime()(id, ts);
    if (result == 0 && is_wall_clock(id)) {
        long long total = (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec + current_offset_ns();
        ts->tv_sec = total / 1000000000LL;
        ts->tv_nsec = total % 1000000000LL;
        if (ts->tv_nsec < 0) { ts->tv_nsec += 1000000000LL; ts->tv_sec -= 1; }
    }
    return result;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
    (void)tz;
    struct timespec ts;
    int result = clock_gettime(CLOCK_REALTIME, &ts);
    if (result == 0) {
        tv->tv_sec = ts.tv_sec;
        tv->tv_usec = ts.tv_nsec / 1000;
    }
    return result;
}

time_t time(time_t *out) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (out) *out = ts.tv_sec;
    return ts.tv_sec;
}

static long long nanoseconds(const struct timespec *ts) { return (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec; }

int sem_timedwait(sem_t *sem, const struct timespec *deadline) {
    static _Atomic(sem_timedwait_fn) real_sem_timedwait;
    sem_timedwait_fn real = atomic_load(&real_sem_timedwait);
    if (!real) {
        real = (sem_timedwait_fn)dlsym(RTLD_NEXT, "sem_timedwait");
        atomic_store(&real_sem_timedwait, real);
    }
    if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L) {
        errno = EINVAL;
        return -1;
    }
    for (;;) {
        if (sem_trywait(sem) == 0) return 0;
        if (errno != EAGAIN) return -1;
        struct timespec stepped;
        clock_gettime(CLOCK_REALTIME, &stepped);
        long long remaining = nanoseconds(deadline) - nanoseconds(&stepped);
        if (remaining <= 0) {
            errno = ETIMEDOUT;
            return -1;
        }
        if (remaining > 10000000LL) remaining = 10000000LL;
        struct timespec real_now, slice;
        get_real_clock_gettime()(CLOCK_REALTIME, &real_now);
        long long end = nanoseconds(&real_now) + remaining;
        slice.tv_sec = end / 1000000000LL;
        slice.tv_nsec = end % 1000000000LL;
        if (real(sem, &slice) == 0) return 0;
        if (errno != ETIMEDOUT) return -1;  // EINTR: as the real one
    }
}
