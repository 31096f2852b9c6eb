#ifndef NOD_CLIBARCHIVE_SHIM_H
#define NOD_CLIBARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

/* The AE_IF* file-type macros do not import into Swift: re-export them as constants. */
static const unsigned int nod_AE_IFMT = AE_IFMT;
static const unsigned int nod_AE_IFREG = AE_IFREG;
static const unsigned int nod_AE_IFLNK = AE_IFLNK;
static const unsigned int nod_AE_IFSOCK = AE_IFSOCK;
static const unsigned int nod_AE_IFCHR = AE_IFCHR;
static const unsigned int nod_AE_IFBLK = AE_IFBLK;
static const unsigned int nod_AE_IFDIR = AE_IFDIR;
static const unsigned int nod_AE_IFIFO = AE_IFIFO;

#endif
