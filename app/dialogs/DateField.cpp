#include "DateField.h"

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
}

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
}

bool DateField::focusNextPrevChild(bool next)
{
    // QAbstractSpinBox's, not QDateTimeEdit's: straight to the next field.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}
