// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/placeholder.h"
