#ifndef CATALOGUS_CLINUX_SHIM_H
#define CATALOGUS_CLINUX_SHIM_H

// Linux interfaces that Swift's Glibc module does not export.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

// accept4 is declared only under _GNU_SOURCE; call it by number so that the accepted
// socket is non-blocking and close-on-exec without two more system calls.
static inline int clinux_accept_nonblocking(int fd) {
    return (int)syscall(SYS_accept4, fd, (void *)0, (void *)0, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

#endif
