/* Runs one command and reports its wall time, peak RSS and CPU time, like /usr/bin/time.
 *
 *   spawn OUT ERR PROGRAM ARG...   (stdin is /dev/null; stdout to OUT, stderr to ERR)
 *   -> prints "<wall s> <peak RSS KiB> <user s> <sys s> <exit code>"
 *
 * bench/bench.py starts every measured command through this small static program rather than
 * from Python itself: Linux counts the RSS of the process image replaced by exec in the new
 * program's ru_maxrss, so a command spawned by an 18 MiB Python would never show less than
 * 18 MiB. Spawned from here, that floor is a few hundred KiB.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char** environ;

int main(int argc, char** argv) {
  if (argc < 4) {
    fputs("usage: spawn OUT ERR PROGRAM [ARG...]\n", stderr);
    return 2;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[3], &fa, NULL, argv + 3, environ);
  if (rc != 0) {
    fprintf(stderr, "spawn: %s: %s\n", argv[3], strerror(rc));
    return 127;
  }
  int status = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("spawn: wait4");
    return 127;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  printf("%.6f %ld %.6f %.6f %d\n",
         (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
         (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, code);
  return 0;
}
