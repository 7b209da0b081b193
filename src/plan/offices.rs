//! Office names: splitting 责任单位 lists, aliases, groups.
