#ifndef NOD_CLIBYAML_SHIM_H
#define NOD_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
