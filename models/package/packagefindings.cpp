// SPDX-License-Identifier: Apache-2.0
// Being written by the lead (foundation issue).
#include "models/package/packagefindings.h"
