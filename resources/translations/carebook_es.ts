<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivitiesWindow</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>An activity&apos;s own rate comes before the client&apos;s and the practice&apos;s. A retired activity is no longer offered; the time kept for it keeps its name.</source>
        <translation>La tarifa propia de una actividad tiene prioridad sobre la del cliente y la de la consulta. Una actividad retirada ya no se ofrece; el tiempo registrado para ella conserva su nombre.</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Agregar actividad</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Editar actividad</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Every record added, changed, deleted, printed or exported, with its time. What the records say is never kept here.</source>
        <translation>Cada registro agregado, modificado, eliminado, impreso o exportado, con su hora. Aquí nunca se guarda lo que dicen los registros.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>{weekday}, {month} {day}, {year}</source>
        <extracomment>The trips between the day&apos;s places, for the travel before each stop.</extracomment>
        <translation>{weekday}, {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Visits ({count})</source>
        <translation>Visitas ({count})</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>Sin visitas.</translation>
    </message>
    <message>
        <source>Overdue tasks ({count})</source>
        <translation>Tareas atrasadas ({count})</translation>
    </message>
    <message>
        <source>Tasks due ({count})</source>
        <translation>Tareas que vencen ({count})</translation>
    </message>
    <message>
        <source> due {day}</source>
        <translation> vence el {day}</translation>
    </message>
    <message>
        <source>Reviews due ({count})</source>
        <translation>Revisiones pendientes ({count})</translation>
    </message>
    <message>
        <source> (due {day})</source>
        <translation> (vence el {day})</translation>
    </message>
    <message>
        <source>medication</source>
        <extracomment>What a review is of, as the agenda&apos;s text names it.</extracomment>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>ALLERGIES: {allergies}</source>
        <translation>ALERGIAS: {allergies}</translation>
    </message>
    <message>
        <source>Access: {notes}</source>
        <translation>Acceso: {notes}</translation>
    </message>
    <message>
        <source>Transport {transport}</source>
        <translation>Transporte {transport}</translation>
    </message>
    <message>
        <source>OVERLAPS: {visits}</source>
        <translation>SUPERPOSICIONES: {visits}</translation>
    </message>
    <message>
        <source>TIGHT: {travel} min travel from the stop before, {gap} min between</source>
        <translation>AJUSTADO: {travel} min de trayecto desde la parada anterior, {gap} min entre ambas</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>{visits}, {tasks}</source>
        <extracomment>How a visit&apos;s start reads (VisitLine.of): its time, or its day and time. Rows read at a time: each of the Agenda&apos;s three tables shows a few dozen at most, and a busy day&apos;s page is read afresh on every day switch. What the Agenda shows: visits with their patients and allergies, tasks, and reviews due.</extracomment>
        <translation>{visits}, {tasks}</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Hoy · {day}</translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation>Mañana · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Ayer · {day}</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} visitas</translation>
    </message>
    <message>
        <source>1 task due, {overdue} overdue</source>
        <translation>1 tarea que vence, {overdue} atrasadas</translation>
    </message>
    <message>
        <source>{count} tasks due, {overdue} overdue</source>
        <translation>{count} tareas que vencen, {overdue} atrasadas</translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}, {year}</source>
        <translation>{weekday}, {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Allergies:&lt;/b&gt; &lt;b&gt;{allergies}&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Alergias:&lt;/b&gt; &lt;b&gt;{allergies}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>No access notes, allergies or transport recorded for this visit.</source>
        <translation>No hay notas de acceso, alergias ni transporte registrados para esta visita.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>Agenda date</source>
        <translation>Fecha de la agenda</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today (Ctrl+T)</source>
        <translation>Volver a hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>This day only</source>
        <translation>Solo este día</translation>
    </message>
    <message>
        <source>The whole week</source>
        <translation>Toda la semana</translation>
    </message>
    <message>
        <source>Show a day or a week</source>
        <translation>Mostrar un día o una semana</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>The selected visit</source>
        <translation>La visita seleccionada</translation>
    </message>
    <message>
        <source>Tasks due and overdue</source>
        <translation>Tareas que vencen y atrasadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Revisiones pendientes</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <source>Mark the visit done (Ctrl+D)</source>
        <translation>Marcar la visita como hecha (Ctrl+D)</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>N&amp;o se presentó</translation>
    </message>
    <message>
        <source>Mark the visit a no-show</source>
        <translation>Marcar la visita como «No se presentó»</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Cancelar visita…</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>Cancelar esta visita</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Earlier in today&apos;s route (Ctrl+Up)</source>
        <translation>Antes en la ruta de hoy (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Later in today&apos;s route (Ctrl+Down)</source>
        <translation>Después en la ruta de hoy (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Marcar tarea como hecha</translation>
    </message>
    <message>
        <source>Tick the task off (Ctrl+D)</source>
        <translation>Marcar la tarea como hecha (Ctrl+D)</translation>
    </message>
    <message>
        <source>Reorder the route</source>
        <translation>Reordenar la ruta</translation>
    </message>
    <message>
        <source>Reviews due (%s)</source>
        <translation>Revisiones pendientes (%s)</translation>
    </message>
    <message>
        <source>No medication, goal or care-plan reviews due.</source>
        <translation>No hay revisiones pendientes de medicamentos, objetivos ni planes de cuidados.</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>Visits (%s)</source>
        <translation>Visitas (%s)</translation>
    </message>
    <message>
        <source>No visits booked for this week.</source>
        <translation>No hay visitas programadas para esta semana.</translation>
    </message>
    <message>
        <source>No visits booked for this day.</source>
        <translation>No hay visitas programadas para este día.</translation>
    </message>
    <message>
        <source>Select a visit to see its allergies, access notes and transport here.</source>
        <translation>Seleccione una visita para ver aquí sus alergias, notas de acceso y transporte.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement: %s</source>
        <translation>Acuerdo: %s</translation>
    </message>
    <message>
        <source>(choose a contact)</source>
        <translation>(elija un contacto)</translation>
    </message>
    <message>
        <source>%s — directory</source>
        <translation>%s — directorio</translation>
    </message>
    <message>
        <source>A trust&apos;s or agency&apos;s name</source>
        <translation>Nombre de un fideicomiso o agencia</translation>
    </message>
    <message>
        <source>Empty: the payer&apos;s own address</source>
        <translation>Vacío: la dirección del propio pagador</translation>
    </message>
    <message>
        <source>Empty: the practice&apos;s %s</source>
        <translation>Vacío: el valor de la consulta, %s</translation>
    </message>
    <message>
        <source>e.g. 0.725; empty: the standard business rate</source>
        <translation>p. ej., 0.725; vacío: la tarifa estándar para uso comercial</translation>
    </message>
    <message>
        <source>The practice&apos;s (%s)</source>
        <translation>El de la consulta (%s)</translation>
    </message>
    <message>
        <source>What she has paid ahead, e.g. 1000.00</source>
        <translation>Lo que ha pagado por adelantado, p. ej., 1000.00</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>&amp;Quién paga:</translation>
    </message>
    <message>
        <source>Paying &amp;contact:</source>
        <translation>&amp;Contacto que paga:</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;name:</source>
        <translation>&amp;Nombre del pagador:</translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation>&amp;Dirección de facturación:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate:</source>
        <translation>&amp;Tarifa por hora:</translation>
    </message>
    <message>
        <source>&amp;Mileage rate:</source>
        <translation>Tarifa por &amp;millaje:</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>&amp;Redondeo:</translation>
    </message>
    <message>
        <source>R&amp;etainer:</source>
        <translation>&amp;Anticipo:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Plazo de pago:</translation>
    </message>
    <message>
        <source>The hourly rate</source>
        <translation>La tarifa por hora</translation>
    </message>
    <message>
        <source>The mileage rate</source>
        <translation>La tarifa por millaje</translation>
    </message>
    <message>
        <source>The retainer</source>
        <translation>El anticipo</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Agregar acuerdo</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Editar acuerdo</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Your {trips} trips are logged in {unit}; the unit can change only while the mileage log is empty.</source>
        <extracomment>Where each billing setting lives in the caseload&apos;s key-value table.</extracomment>
        <translation>Sus {trips} trayectos están registrados en {unit}; la unidad solo se puede cambiar mientras el registro de millaje esté vacío.</translation>
    </message>
</context>
<context>
    <name>AllergyCriticality</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>No se puede evaluar</translation>
    </message>
</context>
<context>
    <name>AllergySeverity</name>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
</context>
<context>
    <name>AllergyStatement</name>
    <message>
        <source>Allergies not recorded yet</source>
        <translation>Alergias aún no registradas</translation>
    </message>
    <message>
        <source>No known drug allergies</source>
        <translation>Sin alergias conocidas a medicamentos</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
</context>
<context>
    <name>AllergyStatements</name>
    <message>
        <source>{statement} (confirmed {day})</source>
        <translation>{statement} (se confirmó el {day})</translation>
    </message>
    <message>
        <source>{label} cannot be recorded while an allergy is listed as active ({names}). Make it inactive or delete it first, if it was wrong.</source>
        <translation>{label} no se puede registrar mientras haya una alergia activa ({names}). Márquela como inactiva o elimínela primero, si era un error.</translation>
    </message>
    <message>
        <source>Say the day {statement} was confirmed.</source>
        <translation>Indique el día en que se confirmó {statement}.</translation>
    </message>
    <message>
        <source>The day allergies were confirmed is in the future.</source>
        <translation>La fecha en que se confirmaron las alergias está en el futuro.</translation>
    </message>
</context>
<context>
    <name>AllergyStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <source>Repeating visit</source>
        <translation>Visita periódica</translation>
    </message>
    <message>
        <source>This visit is one of a series. %s:</source>
        <translation>Esta visita forma parte de una serie. %s:</translation>
    </message>
    <message>
        <source>&amp;This visit only</source>
        <translation>&amp;Solo esta visita</translation>
    </message>
    <message>
        <source>This and &amp;following visits</source>
        <translation>Esta y las visitas &amp;siguientes</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>&amp;Toda la serie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>Mark done?</source>
        <translation>¿Marcar como hecha?</translation>
    </message>
    <message>
        <source>This visit is %s, not today. Mark it done anyway?</source>
        <translation>Esta visita es %s, no hoy. ¿Marcarla como hecha de todos modos?</translation>
    </message>
    <message>
        <source>Mark visit %s</source>
        <translation>Marcar la visita como %s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar «No se presentó»</translation>
    </message>
    <message>
        <source>Book again</source>
        <translation>Programar de nuevo</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
</context>
<context>
    <name>AppointmentKind</name>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>{short} — {name} (total only)</source>
        <translation>{short} — {name} (solo total)</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>Correct %s: %s</source>
        <translation>Corregir %s: %s</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>&amp;Total only (scored on paper)</source>
        <translation>Solo el &amp;total (puntuado en papel)</translation>
    </message>
    <message>
        <source> of %d</source>
        <translation> de %d</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Scored &amp;by:</source>
        <translation>&amp;Puntuado por:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <source>Its text is licensed: carebook keeps its total, date and version only.</source>
        <translation>Su texto tiene licencia: carebook solo guarda el total, la fecha y la versión.</translation>
    </message>
    <message>
        <source>Type each item&apos;s points (a digit)</source>
        <translation>Escriba los puntos de cada ítem (un dígito)</translation>
    </message>
    <message>
        <source>Type each answer&apos;s number (1, 2, …)</source>
        <translation>Escriba el número de cada respuesta (1, 2, …)</translation>
    </message>
    <message>
        <source>; Left and Right change an answer, Up and Down move.</source>
        <translation>; las flechas izquierda y derecha cambian una respuesta; arriba y abajo pasan de un ítem a otro.</translation>
    </message>
    <message>
        <source>⚠ Item %d answered %d: %s.</source>
        <translation>⚠ Ítem %d respondido con %d: %s.</translation>
    </message>
    <message>
        <source> Saving makes an urgent task to follow up today.</source>
        <translation> Al guardar se crea una tarea urgente de seguimiento para hoy.</translation>
    </message>
    <message>
        <source>So far %d of %d · %d items not answered</source>
        <translation>Hasta ahora %d de %d · %d ítems sin responder</translation>
    </message>
    <message>
        <source>Total %d of %d — %s</source>
        <translation>Total %d de %d — %s</translation>
    </message>
    <message>
        <source>Record %s</source>
        <translation>Registrar %s</translation>
    </message>
    <message>
        <source>Correct %s</source>
        <translation>Corregir %s</translation>
    </message>
    <message>
        <source>Urgent task made: %s</source>
        <translation>Tarea urgente creada: %s</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>{short} is kept as its total only; give the total ({low}–{high}).</source>
        <translation>{short} se guarda solo como total; indique el total ({low}–{high}).</translation>
    </message>
    <message>
        <source>Give {short}&apos;s answers, item by item, or its total from paper.</source>
        <translation>Indique las respuestas de {short}, ítem por ítem, o su total obtenido en papel.</translation>
    </message>
    <message>
        <source>That result was corrected already; correct the latest.</source>
        <translation>Ese resultado ya se corrigió; corrija el más reciente.</translation>
    </message>
    <message>
        <source>A corrected score is kept as a new version.</source>
        <translation>Una puntuación corregida se guarda como una nueva versión.</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>Every patient detail is hidden.</source>
        <translation>Todos los datos de pacientes están ocultos.</translation>
    </message>
    <message>
        <source>It was not used for 1 minute, so every patient detail is hidden.</source>
        <translation>No se usó durante 1 minuto, por lo que todos los datos de pacientes están ocultos.</translation>
    </message>
    <message>
        <source>It was not used for {minutes} minutes, so every patient detail is hidden.</source>
        <translation>No se usó durante {minutes} minutos, por lo que todos los datos de pacientes están ocultos.</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>is a folder; give a file name to write the backup to</source>
        <extracomment>How many of the most recent days, ISO weeks and months keep their newest backup. A temporary file left by a backup that was cut short is removed after this long.</extracomment>
        <translation>es una carpeta; indique un nombre de archivo donde escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>is the caseload itself; write the backup somewhere else</source>
        <translation>es la propia cartera; escriba la copia de seguridad en otro lugar</translation>
    </message>
    <message>
        <source>is a database that is open or was not closed properly; write the backup somewhere else</source>
        <translation>es una base de datos abierta o que no se cerró correctamente; escriba la copia de seguridad en otro lugar</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>cannot hold backups: {problem}</source>
        <translation>no puede contener copias de seguridad: {problem}</translation>
    </message>
    <message>
        <source>a backup cannot be taken in the middle of a change</source>
        <translation>no se puede hacer una copia de seguridad en medio de un cambio</translation>
    </message>
    <message>
        <source>the caseload could not be read for a backup ({error})</source>
        <translation>no se pudo leer la cartera para la copia de seguridad ({error})</translation>
    </message>
    <message>
        <source>cannot be written: {problem}</source>
        <translation>no se puede escribir: {problem}</translation>
    </message>
    <message>
        <source>the backup did not verify and was deleted: {problem}</source>
        <translation>la copia de seguridad no se verificó y se eliminó: {problem}</translation>
    </message>
    <message>
        <source>the backup could not be written ({error})</source>
        <translation>no se pudo escribir la copia de seguridad ({error})</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>está dañado ({detail})</translation>
    </message>
    <message>
        <source>is not a carebook caseload (it is not marked as one)</source>
        <translation>no es una cartera de carebook (no está marcada como tal)</translation>
    </message>
    <message>
        <source>has schema version {version}, not {expected} like the caseload it copies</source>
        <translation>tiene la versión de esquema {version}, no {expected} como la cartera que copia</translation>
    </message>
    <message>
        <source>has 1 record linked to records that do not exist</source>
        <translation>tiene 1 registro vinculado a registros que no existen</translation>
    </message>
    <message>
        <source>has {n} records linked to records that do not exist</source>
        <translation>tiene {n} registros vinculados a registros que no existen</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
</context>
<context>
    <name>Base</name>
    <message>
        <source>That {kind} no longer exists.</source>
        <extracomment>The passphrase a protected caseload was opened with (kept in memory only: its backups are protected with it, and the lock screen checks it); None when plain. What opening the file found and dealt with that the user should be told (a damaged write-ahead log kept aside, a leftover removed); said once, then cleared.</extracomment>
        <translation>Ese registro ({kind}) ya no existe.</translation>
    </message>
    <message>
        <source>That change breaks a rule of the caseload ({error}); nothing was saved.</source>
        <translation>Ese cambio infringe una regla de la cartera ({error}); no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>Atrasada 1 día</translation>
    </message>
    <message>
        <source>Overdue {days} days</source>
        <translation>Atrasada {days} días</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BillingColumns</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Distancia ({unit})</translation>
    </message>
    <message>
        <source>Running total ({unit})</source>
        <translation>Total acumulado ({unit})</translation>
    </message>
    <message>
        <source>Billed to client</source>
        <translation>Facturado al cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
</context>
<context>
    <name>BillingLists</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarifa por hora</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Tarifa fija</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecida</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>BillingPreferences</name>
    <message>
        <source>Preferences — Billing</source>
        <translation>Preferencias — Facturación</translation>
    </message>
    <message>
        <source>e.g. Smith Care Management</source>
        <translation>p. ej., Smith Care Management</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose lo&amp;go…</source>
        <translation>Elegir lo&amp;gotipo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Three letters: USD, EUR, GBP, CAD …</source>
        <translation>Tres letras: USD, EUR, GBP, CAD …</translation>
    </message>
    <message>
        <source>e.g. 125.00</source>
        <translation>p. ej., 125.00</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The practice, as invoices print it</source>
        <translation>La consulta, tal como aparece en las facturas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Time, distance and terms</source>
        <translation>Tiempo, distancia y plazos</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Default &amp;hourly rate:</source>
        <translation>&amp;Tarifa por hora predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>&amp;Redondeo:</translation>
    </message>
    <message>
        <source>Round &amp;each:</source>
        <translation>Redondear a &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Distance in:</source>
        <translation>&amp;Distancia en:</translation>
    </message>
    <message>
        <source>Largest re&amp;ceipt:</source>
        <translation>Tamaño máximo de re&amp;cibo:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Plazo de pago:</translation>
    </message>
    <message>
        <source>Standard mileage rates</source>
        <translation>Tarifas estándar de millaje</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>e.g. 0.725</source>
        <translation>p. ej., 0.725</translation>
    </message>
    <message>
        <source>Rate a mile or kilometre</source>
        <translation>Tarifa por milla o kilómetro</translation>
    </message>
    <message>
        <source>Add &amp;or change rate</source>
        <translation>Agregar &amp;o cambiar tarifa</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s logo</source>
        <translation>Elegir el logotipo de la consulta</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The mileage rate</source>
        <translation>La tarifa por millaje</translation>
    </message>
    <message>
        <source>The hourly rate</source>
        <translation>La tarifa por hora</translation>
    </message>
</context>
<context>
    <name>BillingReports</name>
    <message>
        <source>BUSINESS REPORT</source>
        <extracomment>Any of the reports.</extracomment>
        <translation>INFORME DEL NEGOCIO</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>{period} · time as kept, before an invoice rounds it</source>
        <translation>{period} · tiempo tal como se registró, antes de que una factura lo redondee</translation>
    </message>
    <message>
        <source>Time by client and activity</source>
        <translation>Tiempo por cliente y actividad</translation>
    </message>
    <message>
        <source>No time kept in this period.</source>
        <translation>No se registró tiempo en este período.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Tiempo facturado</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trayectos</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 trip</source>
        <translation>1 trayecto</translation>
    </message>
    <message>
        <source>{n} trips</source>
        <translation>{n} trayectos</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>On {date} · billable work on no invoice yet; trips are billed at each client&apos;s mileage rate when invoiced</source>
        <translation>Al {date} · trabajo facturable que aún no está en ninguna factura; los trayectos se facturan con la tarifa de millaje de cada cliente al emitir la factura</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Trabajo sin facturar</translation>
    </message>
    <message>
        <source>Every billable entry is on an invoice.</source>
        <translation>Todos los registros facturables están en una factura.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Mileage by month, {year}</source>
        <translation>Millaje por mes, {year}</translation>
    </message>
    <message>
        <source>Distances in {unit}, a round trip counted both ways</source>
        <translation>Distancias en {unit}; un trayecto de ida y vuelta se cuenta en ambos sentidos</translation>
    </message>
    <message>
        <source>No trips logged in {year}.</source>
        <translation>No se registraron trayectos en {year}.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>{period} · payments received, by the day received</source>
        <translation>{period} · pagos recibidos, según el día en que se recibieron</translation>
    </message>
    <message>
        <source>Income by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>No payments received in this period.</source>
        <translation>No se recibieron pagos en este período.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>De lo cual, atrasado</translation>
    </message>
    <message>
        <source>Invoices and payments ({count})</source>
        <translation>Facturas y pagos ({count})</translation>
    </message>
    <message>
        <source>No invoices issued to this payer.</source>
        <translation>No se han emitido facturas a este pagador.</translation>
    </message>
    <message>
        <source>Statement for {payer}</source>
        <translation>Estado de cuenta de {payer}</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>The aged receivables&apos; columns, one for each of core.invoicing.AGES.</extracomment>
        <translation>Al día</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>Más de 90</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Client and payer</source>
        <translation>Cliente y pagador</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de atraso</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de atraso</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>aún no vence</translation>
    </message>
    <message>
        <source>On {date} · 1 invoice with a balance, by days past the due date</source>
        <translation>Al {date} · 1 factura con saldo, según los días transcurridos desde el vencimiento</translation>
    </message>
    <message>
        <source>On {date} · {n} invoices with a balance, by days past the due date</source>
        <translation>Al {date} · {n} facturas con saldo, según los días transcurridos desde el vencimiento</translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Antigüedad de cuentas por cobrar</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>No se debe nada.</translation>
    </message>
    <message>
        <source>Invoice {number}, {client} (void)</source>
        <extracomment>Each purpose&apos;s year, in the vocabulary&apos;s order: (purpose, trips, tenths). &quot;invoice&quot;, &quot;payment&quot;, or &quot;void&quot; (an invoice voided: charges nothing). What is owed past its due date. Its index in AGES. The balances in each of AGES.</extracomment>
        <translation>Factura {number}, {client} (anulada)</translation>
    </message>
    <message>
        <source>Invoice {number} (void)</source>
        <translation>Factura {number} (anulada)</translation>
    </message>
    <message>
        <source>Invoice {number}, {client}, due {date}</source>
        <translation>Factura {number}, {client}, vence el {date}</translation>
    </message>
    <message>
        <source>Invoice {number}, due {date}</source>
        <translation>Factura {number}, vence el {date}</translation>
    </message>
    <message>
        <source>Invoice {number}, {client}</source>
        <translation>Factura {number}, {client}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <source>Payment, {method}, invoice {number}</source>
        <translation>Pago, {method}, factura {number}</translation>
    </message>
    <message>
        <source>{payment}: {note}</source>
        <translation>{payment}: {note}</translation>
    </message>
</context>
<context>
    <name>BillingReportsDialog</name>
    <message>
        <source>{first} to {last}</source>
        <extracomment>The years the dialog offers, from this far back to next year.</extracomment>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Time by client and activity {span}</source>
        <translation>Tiempo por cliente y actividad {span}</translation>
    </message>
    <message>
        <source>Unbilled work {day}</source>
        <translation>Trabajo sin facturar {day}</translation>
    </message>
    <message>
        <source>Mileage by month {year}</source>
        <translation>Millaje por mes {year}</translation>
    </message>
    <message>
        <source>Income by month {span}</source>
        <translation>Ingresos por mes {span}</translation>
    </message>
    <message>
        <source>Statement {day}</source>
        <translation>Estado de cuenta {day}</translation>
    </message>
    <message>
        <source>Aged receivables {day}</source>
        <translation>Antigüedad de cuentas por cobrar {day}</translation>
    </message>
    <message>
        <source>Mileage log {year}</source>
        <translation>Registro de millaje {year}</translation>
    </message>
    <message>
        <source>Time by client and activity</source>
        <extracomment>The reports, in the order the list shows them.</extracomment>
        <translation>Tiempo por cliente y actividad</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Trabajo sin facturar</translation>
    </message>
    <message>
        <source>Mileage by month</source>
        <translation>Millaje por mes</translation>
    </message>
    <message>
        <source>Income by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>A payer&apos;s statement</source>
        <translation>Estado de cuenta de un pagador</translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Antigüedad de cuentas por cobrar</translation>
    </message>
    <message>
        <source>The year&apos;s mileage log for the tax adviser</source>
        <translation>El registro de millaje del año, para el asesor fiscal</translation>
    </message>
    <message>
        <source>Billing reports</source>
        <translation>Informes de facturación</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>As it stands today, %s</source>
        <translation>Tal como está hoy, %s</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation>P&amp;agador:</translation>
    </message>
    <message>
        <source>&amp;Preview / Print…</source>
        <translation>&amp;Vista previa / Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>No invoice names a payer yet: a statement needs one.</source>
        <translation>Ninguna factura indica todavía un pagador: un estado de cuenta necesita uno.</translation>
    </message>
    <message>
        <source>The period ends before it begins: change From or To.</source>
        <translation>El período termina antes de empezar: cambie Desde o Hasta.</translation>
    </message>
    <message>
        <source>Save %s as CSV</source>
        <translation>Guardar %s como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The {report} could not be saved as {path}:
{error}

Choose another folder, or free some space, and try again.</source>
        <translation>No se pudo guardar «{report}» como {path}:
{error}

Elija otra carpeta o libere espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saved %s (%d rows)</source>
        <translation>Se guardó %s (%d filas)</translation>
    </message>
</context>
<context>
    <name>BillingRules</name>
    <message>
        <source>Name the activity (e.g. &apos;Hospital discharge planning&apos;).</source>
        <extracomment>Hourly rates above this are a typo (a rate of $12,500 an hour for $125.00).</extracomment>
        <translation>Indique el nombre de la actividad (p. ej., &apos;Planificación del alta hospitalaria&apos;).</translation>
    </message>
    <message>
        <source>An activity&apos;s name is at most 60 characters.</source>
        <translation>El nombre de una actividad tiene como máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>The fixed fee</source>
        <translation>La tarifa fija</translation>
    </message>
    <message>
        <source>Choose the contact who pays (the daughter, the POA …).</source>
        <translation>Elija el contacto que paga (la hija, el apoderado …).</translation>
    </message>
    <message>
        <source>Name the trust that pays.</source>
        <translation>Indique el nombre del fideicomiso que paga.</translation>
    </message>
    <message>
        <source>Name the agency that pays.</source>
        <translation>Indique el nombre de la agencia que paga.</translation>
    </message>
    <message>
        <source>A mileage rate is between 0.000 and 10.000 a mile.</source>
        <translation>Una tarifa de millaje está entre 0.000 y 10.000 por milla.</translation>
    </message>
    <message>
        <source>The retainer</source>
        <translation>El anticipo</translation>
    </message>
    <message>
        <source>Payment is due within 0 to 365 days.</source>
        <translation>El pago vence en un plazo de 0 a 365 días.</translation>
    </message>
    <message>
        <source>Choose the activity (a home visit, a phone call …).</source>
        <translation>Elija la actividad (una visita a domicilio, una llamada telefónica …).</translation>
    </message>
    <message>
        <source>The time must be at least one minute.</source>
        <translation>El tiempo debe ser de al menos un minuto.</translation>
    </message>
    <message>
        <source>{minutes:,} minutes is more than a day; an entry is at most 24 hours (1,440 minutes). Split longer work by day.</source>
        <translation>{minutes:,} minutos es más de un día; un registro dura como máximo 24 horas (1,440 minutos). Divida el trabajo más largo por días.</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Time cannot be kept for a day still to come.</source>
        <translation>No se puede registrar tiempo para un día que aún no ha llegado.</translation>
    </message>
    <message>
        <source>It is billable at a rate of 0, so it bills nothing.</source>
        <translation>Es facturable con una tarifa de 0, así que no factura nada.</translation>
    </message>
    <message>
        <source>It overlaps another entry of the same day.</source>
        <translation>Se superpone con otro registro del mismo día.</translation>
    </message>
    <message>
        <source>It overlaps {count} other entries of the same day.</source>
        <translation>Se superpone con otros {count} registros del mismo día.</translation>
    </message>
    <message>
        <source>Name the place (e.g. &apos;Office&apos;, &apos;St Mary&apos;s Hospital&apos;).</source>
        <translation>Indique el nombre del lugar (p. ej., &apos;Oficina&apos;, &apos;St Mary&apos;s Hospital&apos;).</translation>
    </message>
    <message>
        <source>Say where the trip started (Home, Office …).</source>
        <translation>Indique dónde empezó el trayecto (Casa, Oficina …).</translation>
    </message>
    <message>
        <source>Say where the trip went.</source>
        <translation>Indique adónde fue el trayecto.</translation>
    </message>
    <message>
        <source>A trip cannot be logged for a day still to come.</source>
        <translation>No se puede registrar un trayecto para un día que aún no ha llegado.</translation>
    </message>
    <message>
        <source>An odometer reading cannot be negative.</source>
        <translation>Una lectura del odómetro no puede ser negativa.</translation>
    </message>
    <message>
        <source>The odometer at the end ({end:,.1f}) is below its start ({start:,.1f}); check the readings.</source>
        <translation>El odómetro al final ({end:,.1f}) es menor que al inicio ({start:,.1f}); revise las lecturas.</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>Una distancia no puede ser negativa.</translation>
    </message>
    <message>
        <source>A trip of more than 10,000 is a typo; check the distance.</source>
        <translation>Un trayecto de más de 10,000 es un error de escritura; revise la distancia.</translation>
    </message>
    <message>
        <source>Give the distance, or the odometer at the start and end.</source>
        <translation>Indique la distancia, o el odómetro al inicio y al final.</translation>
    </message>
    <message>
        <source>A trip of {distance:,.1f} is over 1,000; is that right?</source>
        <translation>Un trayecto de {distance:,.1f} supera 1,000; ¿es correcto?</translation>
    </message>
    <message>
        <source>An expense is more than 0.00.</source>
        <translation>Un gasto debe ser mayor que 0.00.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El monto</translation>
    </message>
    <message>
        <source>An expense cannot be kept for a day still to come.</source>
        <translation>No se puede registrar un gasto para un día que aún no ha llegado.</translation>
    </message>
    <message>
        <source>An invoice&apos;s number is 1 or more.</source>
        <translation>El número de una factura es 1 o más.</translation>
    </message>
    <message>
        <source>The period ends on or after its first day.</source>
        <translation>El período termina el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>Describe the line.</source>
        <translation>Describa la línea.</translation>
    </message>
    <message>
        <source>A payment is more than 0.00.</source>
        <translation>Un pago debe ser mayor que 0.00.</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>El pago</translation>
    </message>
    <message>
        <source>A payment cannot be recorded for a day still to come.</source>
        <translation>No se puede registrar un pago para un día que aún no ha llegado.</translation>
    </message>
    <message>
        <source>The currency is its three-letter code (USD, EUR, GBP …).</source>
        <translation>La moneda se indica con su código de tres letras (USD, EUR, GBP …).</translation>
    </message>
    <message>
        <source>Receipts may be 1 to 100 MB.</source>
        <translation>Los recibos pueden ocupar de 1 a 100 MB.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Una tarifa no puede ser negativa.</translation>
    </message>
    <message>
        <source>An hourly rate of {cents} is more than {max_hourly_cents}; check the decimal point.</source>
        <translation>Una tarifa por hora de {cents} es mayor que {max_hourly_cents}; revise el punto decimal.</translation>
    </message>
    <message>
        <source>{what} is between 0.00 and {max_cents}.</source>
        <translation>{what} está entre 0.00 y {max_cents}.</translation>
    </message>
</context>
<context>
    <name>BillingSettings</name>
    <message>
        <source>Add the practice&apos;s logo</source>
        <extracomment>What a change of the billing settings touches: Preferences, and what shows amounts.</extracomment>
        <translation>Agregar el logotipo de la consulta</translation>
    </message>
</context>
<context>
    <name>BillingTab</name>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>This time is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este tiempo está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>This trip is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este trayecto está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>This expense is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este gasto está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>Add time entry</source>
        <translation>Agregar registro de tiempo</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Editar registro de tiempo</translation>
    </message>
    <message>
        <source>the {activity} of {minutes} minutes on {day}</source>
        <translation>la actividad «{activity}» de {minutes} minutos del {day}</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Eliminar registro de tiempo</translation>
    </message>
    <message>
        <source>Add trip</source>
        <translation>Agregar trayecto</translation>
    </message>
    <message>
        <source>Edit trip</source>
        <translation>Editar trayecto</translation>
    </message>
    <message>
        <source>the trip from {start} to {end} on {day}</source>
        <translation>el trayecto de {start} a {end} del {day}</translation>
    </message>
    <message>
        <source>Delete trip</source>
        <translation>Eliminar trayecto</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Agregar gasto</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <source>the {category} expense of {day}</source>
        <translation>el gasto de {category} del {day}</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>Eliminar gasto</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>The kinds whose change the tab shows; a patient renamed changes the client column. The periods offered, by key: (label, first and last day for a today).</extracomment>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Show one client&apos;s billing: type a name (Ctrl+F)</source>
        <translation>Mostrar la facturación de un cliente: escriba un nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Unbilled only</source>
        <translation>So&amp;lo sin facturar</translation>
    </message>
    <message>
        <source>Only billable work not yet on an invoice</source>
        <translation>Solo el trabajo facturable que aún no está en una factura</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>A new record of the view shown (Ctrl+N)</source>
        <translation>Un registro nuevo de la vista mostrada (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Draft invoice…</source>
        <translation>Crear borra&amp;dor de factura…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>The activities and places offered</source>
        <translation>Las actividades y los lugares ofrecidos</translation>
    </message>
    <message>
        <source>Activities and rates…</source>
        <translation>Actividades y tarifas…</translation>
    </message>
    <message>
        <source>Places…</source>
        <translation>Lugares…</translation>
    </message>
    <message>
        <source>&amp;Work time</source>
        <translation>Tiempo de traba&amp;jo</translation>
    </message>
    <message>
        <source>Trip&amp;s</source>
        <translation>Trayect&amp;os</translation>
    </message>
    <message>
        <source>E&amp;xpenses</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <source>Invoi&amp;ces</source>
        <translation>Fa&amp;cturas</translation>
    </message>
    <message>
        <source>Receivab&amp;les</source>
        <translation>Cuentas por co&amp;brar</translation>
    </message>
    <message>
        <source>No time kept in this period. New… (Ctrl+N) keeps some.</source>
        <translation>No se registró tiempo en este período. Nuevo… (Ctrl+N) registra tiempo.</translation>
    </message>
    <message>
        <source>No trips logged in this period.</source>
        <translation>No se registraron trayectos en este período.</translation>
    </message>
    <message>
        <source>No expenses in this period.</source>
        <translation>No hay gastos en este período.</translation>
    </message>
    <message>
        <source>No invoices. Draft invoice… bills a client&apos;s month.</source>
        <translation>No hay facturas. Crear borrador de factura… factura el mes de un cliente.</translation>
    </message>
    <message>
        <source>Nothing is owed: every issued invoice is paid.</source>
        <translation>No se debe nada: todas las facturas emitidas están pagadas.</translation>
    </message>
    <message>
        <source>%d entries · %s h · billable %s h, %s · not billable %s h</source>
        <translation>%d registros · %s h · facturable %s h, %s · no facturable %s h</translation>
    </message>
    <message>
        <source>%d trips · %s %s in all · %s %s billed to clients</source>
        <translation>%d trayectos · %s %s en total · %s %s facturados a clientes</translation>
    </message>
    <message>
        <source>%d expenses · %s in all · billable %s</source>
        <translation>%d gastos · %s en total · facturable %s</translation>
    </message>
    <message>
        <source>%d invoices · billed %s · paid %s · owed %s · overdue %s</source>
        <translation>%d facturas · facturado %s · pagado %s · adeudado %s · atrasado %s</translation>
    </message>
    <message>
        <source>Owed on issued invoices, by days past due: %s in all</source>
        <translation>Adeudado en facturas emitidas, por días de atraso: %s en total</translation>
    </message>
    <message>
        <source>Choose an invoice to print.</source>
        <translation>Elija una factura para imprimir.</translation>
    </message>
    <message>
        <source>Invoice %d was issued; open it (Return) to void it.</source>
        <translation>La factura %d ya se emitió; ábrala (Return) para anularla.</translation>
    </message>
</context>
<context>
    <name>BillingWording</name>
    <message>
        <source>Confidential: names a client of the practice. For the person it is addressed to only.</source>
        <extracomment>The class of a column or cell of money (or any number): right-aligned, kept on one line. Printed on every page of a business document: the client is named on it.</extracomment>
        <translation>Confidencial: menciona a un cliente de la consulta. Solo para la persona a quien va dirigido.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{rate}/h</source>
        <translation>{rate}/h</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Care management</source>
        <translation>Gestión de cuidados</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May </source>
        <translation>mayo </translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>AM</source>
        <translation>a. m.</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>p. m.</translation>
    </message>
</context>
<context>
    <name>CarePlanSection</name>
    <message>
        <source>New care plan</source>
        <translation>Nuevo plan de cuidados</translation>
    </message>
    <message>
        <source>Edit care plan</source>
        <translation>Editar plan de cuidados</translation>
    </message>
    <message>
        <source>the care plan “%s”</source>
        <translation>el plan de cuidados “%s”</translation>
    </message>
    <message>
        <source>Its problems, goals, interventions and reviews go with it.</source>
        <translation>Sus problemas, objetivos, intervenciones y revisiones se eliminan con él.</translation>
    </message>
    <message>
        <source>Delete care plan</source>
        <translation>Eliminar plan de cuidados</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Agregar problema</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Editar problema</translation>
    </message>
    <message>
        <source>the problem “%s”</source>
        <translation>el problema “%s”</translation>
    </message>
    <message>
        <source>Its goals stay in the plan, no longer linked to it.</source>
        <translation>Sus objetivos permanecen en el plan, ya sin vínculo con él.</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Eliminar problema</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar objetivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>the goal “%s”</source>
        <translation>el objetivo “%s”</translation>
    </message>
    <message>
        <source>Its interventions stay in the plan, no longer linked to it.</source>
        <translation>Sus intervenciones permanecen en el plan, ya sin vínculo con él.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Agregar intervención</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <source>the intervention “%s”</source>
        <translation>la intervención “%s”</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation>Eliminar intervención</translation>
    </message>
    <message>
        <source>Record care-plan review</source>
        <translation>Registrar revisión del plan de cuidados</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Editar revisión</translation>
    </message>
    <message>
        <source>the review of %s</source>
        <translation>la revisión del %s</translation>
    </message>
    <message>
        <source>The plan&apos;s next review date stays as it is.</source>
        <translation>La fecha de la próxima revisión del plan no cambia.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Eliminar revisión</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>The patient&apos;s care plans, current ones first</source>
        <translation>Los planes de cuidados del paciente, primero los vigentes</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Start a new care plan (Ctrl+N)</source>
        <translation>Iniciar un nuevo plan de cuidados (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Editar plan…</translation>
    </message>
    <message>
        <source>Title, status, period, next review (F2)</source>
        <translation>Título, estado, período, próxima revisión (F2)</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Eliminar plan…</translation>
    </message>
    <message>
        <source>Delete the plan with everything in it (asks first)</source>
        <translation>Eliminar el plan con todo su contenido (pregunta antes)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revisión atrasada</translation>
    </message>
    <message>
        <source>No care plan yet. Start one with New plan… (Ctrl+N): its problems and needs, goals, interventions and reviews are kept here.</source>
        <translation>Aún no hay plan de cuidados. Inicie uno con Nuevo plan… (Ctrl+N): aquí se guardan sus problemas y necesidades, objetivos, intervenciones y revisiones.</translation>
    </message>
    <message>
        <source>Pro&amp;blems and needs</source>
        <translation>Pro&amp;blemas y necesidades</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Intervenciones</translation>
    </message>
    <message>
        <source>Review &amp;history</source>
        <translation>&amp;Historial de revisiones</translation>
    </message>
    <message>
        <source>(no care plan yet)</source>
        <translation>(aún no hay plan de cuidados)</translation>
    </message>
    <message>
        <source>since %s</source>
        <translation>desde %s</translation>
    </message>
    <message>
        <source>until %s</source>
        <translation>hasta %s</translation>
    </message>
    <message>
        <source>Status: {status}  ·  {period}</source>
        <translation>Estado: {status}  ·  {period}</translation>
    </message>
    <message>
        <source>Status: %s</source>
        <translation>Estado: %s</translation>
    </message>
    <message>
        <source>No review planned</source>
        <translation>Sin revisión planificada</translation>
    </message>
    <message>
        <source>Next review: %s — not due while the plan is %s</source>
        <translation>Próxima revisión: %s — no vence mientras el plan esté %s</translation>
    </message>
    <message>
        <source>Next review: %s — overdue</source>
        <translation>Próxima revisión: %s — atrasada</translation>
    </message>
    <message>
        <source>Next review: %s — due today</source>
        <translation>Próxima revisión: %s — vence hoy</translation>
    </message>
    <message>
        <source>Next review: %s</source>
        <translation>Próxima revisión: %s</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Where each list reads its rows from.</extracomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Problems and needs</source>
        <translation>Problemas y necesidades</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problema o necesidad</translation>
    </message>
    <message>
        <source>From condition</source>
        <translation>De la afección</translation>
    </message>
    <message>
        <source>Add problem…</source>
        <translation>Agregar problema…</translation>
    </message>
    <message>
        <source>No problems or needs written down yet.</source>
        <translation>Aún no se ha anotado ningún problema ni necesidad.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>For problem</source>
        <translation>Para el problema</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Agregar objetivo…</translation>
    </message>
    <message>
        <source>No goals set yet.</source>
        <translation>Aún no se han fijado objetivos.</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Para el objetivo</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Agregar intervención…</translation>
    </message>
    <message>
        <source>Nothing planned to be done yet.</source>
        <translation>Aún no hay nada planificado.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Record &amp;review…</source>
        <translation>Registrar &amp;revisión…</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún no se ha revisado.</translation>
    </message>
    <message>
        <source>Contact #%s</source>
        <extracomment>How a measured goal stands (&quot;latest 9 on 30 Nov 2026, improving, target at or below 10: met&quot;), or &quot;&quot; for a goal measured by nothing.</extracomment>
        <translation>Contacto n.º %s</translation>
    </message>
</context>
<context>
    <name>CarePlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
</context>
<context>
    <name>CarePlanSummary</name>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Next review {date} (overdue)</source>
        <translation>Próxima revisión {date} (atrasada)</translation>
    </message>
    <message>
        <source>Next review {date}</source>
        <translation>Próxima revisión {date}</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Problems and needs ({count})</source>
        <translation>Problemas y necesidades ({count})</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problema o necesidad</translation>
    </message>
    <message>
        <source>Goals ({count})</source>
        <translation>Objetivos ({count})</translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation>No hay objetivos registrados.</translation>
    </message>
    <message>
        <source>For: {problem}</source>
        <translation>Para: {problem}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Measured goals</source>
        <translation>Objetivos medidos</translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>Interventions ({count})</source>
        <translation>Intervenciones ({count})</translation>
    </message>
    <message>
        <source>No interventions recorded.</source>
        <translation>No hay intervenciones registradas.</translation>
    </message>
    <message>
        <source>Towards: {goal}</source>
        <translation>Para lograr: {goal}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Latest reviews</source>
        <translation>Últimas revisiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Care plan summary, {name}, {date}</source>
        <translation>Resumen del plan de cuidados, {name}, {date}</translation>
    </message>
    <message>
        <source>CARE PLAN SUMMARY</source>
        <translation>RESUMEN DEL PLAN DE CUIDADOS</translation>
    </message>
    <message>
        <source>Care team and contacts</source>
        <translation>Equipo de cuidados y contactos</translation>
    </message>
    <message>
        <source>No current care plan recorded.</source>
        <translation>No hay un plan de cuidados vigente registrado.</translation>
    </message>
    <message>
        <source>Care plan summary · {name} · {date}</source>
        <translation>Resumen del plan de cuidados · {name} · {date}</translation>
    </message>
    <message>
        <source>{phone} or {other}</source>
        <translation>{phone} o {other}</translation>
    </message>
    <message>
        <source>member ID {id}</source>
        <translation>ID de afiliado {id}</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>No emergency contact recorded</source>
        <translation>No hay contacto de emergencia registrado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>Conditions ({count})</source>
        <translation>Afecciones ({count})</translation>
    </message>
    <message>
        <source>No conditions recorded.</source>
        <translation>No hay afecciones registradas.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Upcoming appointments ({count})</source>
        <translation>Próximas citas ({count})</translation>
    </message>
    <message>
        <source>No appointments booked.</source>
        <translation>No hay citas programadas.</translation>
    </message>
    <message>
        <source>{kind}: {purpose}</source>
        <translation>{kind}: {purpose}</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>with {whom}</source>
        <translation>con {whom}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where, with</source>
        <translation>Dónde, con quién</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Referrals ({count})</source>
        <translation>Derivaciones ({count})</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>En espera de respuesta</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <source>Open tasks ({count})</source>
        <translation>Tareas abiertas ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Recent notes ({count})</source>
        <translation>Notas recientes ({count})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>of the visit on {date} {time}</source>
        <translation>de la visita del {date} a las {time}</translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <extracomment>Appointments listed ahead (a repeating series counts once), and notes back (when asked for). Visits read ahead to find them: a year of a daily series. Referrals not yet answered (sent or accepted), the latest sent first. Each measured goal&apos;s progress, by the goal&apos;s id. The charts of the measures and instruments the current goals name, with readings.</extracomment>
        <translation>No hay ningún paciente con id {id}.</translation>
    </message>
</context>
<context>
    <name>CarePlans</name>
    <message>
        <source>The next review must come after this one.</source>
        <translation>La próxima revisión debe ser posterior a esta.</translation>
    </message>
    <message>
        <source>That condition is not this patient&apos;s.</source>
        <translation>Esa afección no es de este paciente.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <source>That {kind} is not part of this care plan.</source>
        <translation>Ese registro ({kind}) no forma parte de este plan de cuidados.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Add to care team</source>
        <translation>Agregar al equipo de cuidados</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Nombre u organización</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <source>Contacts in the directory</source>
        <translation>Contactos del directorio</translation>
    </message>
    <message>
        <source>Role for this patient</source>
        <translation>Rol con este paciente</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Pick a contact from the list, or add a new one.</source>
        <translation>Elija un contacto de la lista o agregue uno nuevo.</translation>
    </message>
</context>
<context>
    <name>CaseloadFile</name>
    <message>
        <source>is a folder, not a caseload file</source>
        <translation>es una carpeta, no un archivo de cartera</translation>
    </message>
    <message>
        <source>is not a regular file, not a caseload file</source>
        <translation>no es un archivo normal, no es un archivo de cartera</translation>
    </message>
    <message>
        <source>cannot be read and written (check the file&apos;s permissions)</source>
        <translation>no se puede leer ni escribir (revise los permisos del archivo)</translation>
    </message>
</context>
<context>
    <name>CaseloadLock</name>
    <message>
        <source>process {pid} on this computer</source>
        <extracomment>The holder&apos;s details are short; a longer file is not one of ours and is read no further.</extracomment>
        <translation>el proceso {pid} en este equipo</translation>
    </message>
    <message>
        <source>process {pid} on the computer “{host}”</source>
        <translation>el proceso {pid} en el equipo “{host}”</translation>
    </message>
    <message>
        <source>carebook is already open on this caseload ({holder}).</source>
        <translation>carebook ya está abierto con esta cartera ({holder}).</translation>
    </message>
    <message>
        <source>carebook is already open on this caseload.</source>
        <translation>carebook ya está abierto con esta cartera.</translation>
    </message>
    <message>
        <source>{caseload}: cannot make its lock file {name} ({problem})</source>
        <extracomment>The lock files this process holds now.</extracomment>
        <translation>{caseload}: no se puede crear su archivo de bloqueo {name} ({problem})</translation>
    </message>
    <message>
        <source>{caseload}: cannot lock it ({problem})</source>
        <translation>{caseload}: no se puede bloquear ({problem})</translation>
    </message>
    <message>
        <source>{caseload}: its lock file {name} keeps changing; try again</source>
        <translation>{caseload}: su archivo de bloqueo {name} sigue cambiando; vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Checking the caseload…</source>
        <translation>Revisando la cartera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Revisar la base de datos</translation>
    </message>
    <message>
        <source>The caseload file could not be checked: {problem}</source>
        <translation>No se pudo revisar el archivo de la cartera: {problem}</translation>
    </message>
</context>
<context>
    <name>CheckFindings</name>
    <message>
        <source>No problems found: the file&apos;s structure, the links between records and carebook&apos;s own rules all check out.</source>
        <translation>No se encontraron problemas: la estructura del archivo, los vínculos entre registros y las reglas propias de carebook están en orden.</translation>
    </message>
    <message>
        <source>1 problem found:</source>
        <translation>Se encontró 1 problema:</translation>
    </message>
    <message>
        <source>{n} problems found:</source>
        <translation>Se encontraron {n} problemas:</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <extracomment>A finding names at most this many records.</extracomment>
        <translation>{shown} y {more} más</translation>
    </message>
    <message>
        <source>{finding} ({records} {ids}).</source>
        <translation>{finding} ({records} {ids}).</translation>
    </message>
    <message>
        <source>agreement</source>
        <extracomment>Each table&apos;s records in words: one, several.</extracomment>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>appointment change</source>
        <translation>cambio de cita</translation>
    </message>
    <message>
        <source>appointment changes</source>
        <translation>cambios de citas</translation>
    </message>
    <message>
        <source>assessment result</source>
        <translation>resultado de evaluación</translation>
    </message>
    <message>
        <source>assessment results</source>
        <translation>resultados de evaluaciones</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>audit logs</source>
        <translation>registros de auditoría</translation>
    </message>
    <message>
        <source>billing activity</source>
        <translation>actividad de facturación</translation>
    </message>
    <message>
        <source>billing activities</source>
        <translation>actividades de facturación</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>planes de cuidados</translation>
    </message>
    <message>
        <source>care plan review</source>
        <translation>revisión del plan de cuidados</translation>
    </message>
    <message>
        <source>care plan reviews</source>
        <translation>revisiones de planes de cuidados</translation>
    </message>
    <message>
        <source>care team member</source>
        <translation>miembro del equipo de cuidados</translation>
    </message>
    <message>
        <source>care team members</source>
        <translation>miembros del equipo de cuidados</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>afección</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>afecciones</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>gastos</translation>
    </message>
    <message>
        <source>fhir link</source>
        <translation>vínculo FHIR</translation>
    </message>
    <message>
        <source>fhir links</source>
        <translation>vínculos FHIR</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>línea de factura</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>líneas de factura</translation>
    </message>
    <message>
        <source>measure kind</source>
        <translation>tipo de medida</translation>
    </message>
    <message>
        <source>measure kinds</source>
        <translation>tipos de medida</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>medication event</source>
        <translation>evento de medicamento</translation>
    </message>
    <message>
        <source>medication events</source>
        <translation>eventos de medicamentos</translation>
    </message>
    <message>
        <source>meta</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>mileage rate</source>
        <translation>tarifa de millaje</translation>
    </message>
    <message>
        <source>mileage rates</source>
        <translation>tarifas de millaje</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>visita generada</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>visitas generadas</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>patient document</source>
        <translation>documento del paciente</translation>
    </message>
    <message>
        <source>patient documents</source>
        <translation>documentos de pacientes</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>quick find stale</source>
        <translation>entrada obsoleta de búsqueda rápida</translation>
    </message>
    <message>
        <source>quick find stales</source>
        <translation>entradas obsoletas de búsqueda rápida</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>conciliación</translation>
    </message>
    <message>
        <source>reconciliations</source>
        <translation>conciliaciones</translation>
    </message>
    <message>
        <source>reconciliation line</source>
        <translation>línea de conciliación</translation>
    </message>
    <message>
        <source>reconciliation lines</source>
        <translation>líneas de conciliación</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>derivaciones</translation>
    </message>
    <message>
        <source>route stop</source>
        <translation>parada de la ruta</translation>
    </message>
    <message>
        <source>route stops</source>
        <translation>paradas de la ruta</translation>
    </message>
    <message>
        <source>running timer</source>
        <translation>cronómetro en marcha</translation>
    </message>
    <message>
        <source>running timers</source>
        <translation>cronómetros en marcha</translation>
    </message>
    <message>
        <source>sealed file</source>
        <translation>archivo sellado</translation>
    </message>
    <message>
        <source>sealed files</source>
        <translation>archivos sellados</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>registro de tiempo</translation>
    </message>
    <message>
        <source>time entries</source>
        <translation>registros de tiempo</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>tiempo de traslado</translation>
    </message>
    <message>
        <source>travel times</source>
        <translation>tiempos de traslado</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>trayecto</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>trayectos</translation>
    </message>
    <message>
        <source>visit record</source>
        <translation>registro de visita</translation>
    </message>
    <message>
        <source>visit records</source>
        <translation>registros de visita</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <extracomment>Duplicates shown each with its list open (more are changed with F2 or a double click). The preview&apos;s pages, in the order of its tabs. The check found it must know the date order after all: the wizard goes back to ask.</extracomment>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <source>Every row is checked against the caseload first. Nothing is written until you press Import, and then every row is imported or none is.</source>
        <translation>Primero se revisa cada fila con respecto a la cartera. No se escribe nada hasta que pulse Importar, y entonces se importan todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows that cannot be imported</source>
        <extracomment>What the import wrote, once it has: Import then closes the wizard.</extracomment>
        <translation>&amp;Omitir las filas que no se pueden importar</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Filas revisadas</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Ca&amp;ncelar revisión</translation>
    </message>
    <message>
        <source>Stop checking and go back to the columns; nothing is imported</source>
        <translation>Dejar de revisar y volver a las columnas; no se importa nada</translation>
    </message>
    <message>
        <source>Checking the rows of %s…</source>
        <translation>Revisando las filas de %s…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Checked {done} of about {total} rows…</source>
        <translation>Se revisaron {done} de unas {total} filas…</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file: %s</source>
        <translation>No se puede importar nada de este archivo: %s</translation>
    </message>
    <message>
        <source>

Go back to choose another file or worksheet; the caseload is unchanged.</source>
        <translation>

Vuelva atrás para elegir otro archivo u otra hoja; la cartera no ha cambiado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; rows read</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; filas leídas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; can be imported</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; se pueden importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; cannot be imported</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; no se pueden importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; look like patients already in the caseload</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; parecen pacientes que ya están en la cartera</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; look like records already in the caseload</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; parecen registros que ya están en la cartera</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; repeat an earlier row</source>
        <translation>&lt;b&gt;1&lt;/b&gt; repite una fila anterior</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; repeat earlier rows</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; repiten filas anteriores</translation>
    </message>
    <message>
        <source>Dates were read as {order}, as {text} on row {row} shows.</source>
        <translation>Las fechas se leyeron como {order}, como muestra {text} en la fila {row}.</translation>
    </message>
    <message>
        <source>Dates were read as {order}, as asked.</source>
        <translation>Las fechas se leyeron como {order}, según se indicó.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>To import (%s)</source>
        <translation>Para importar (%s)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Filas que no se pueden importar</translation>
    </message>
    <message>
        <source>Cannot be imported (%s)</source>
        <translation>No se pueden importar (%s)</translation>
    </message>
    <message>
        <source>Likely duplicates (%s)</source>
        <translation>Probables duplicados (%s)</translation>
    </message>
    <message>
        <source>These rows have the same MRN, or the same name and date of birth, as a patient already in the caseload (or an earlier row). Skip leaves the row out; Merge fills that patient&apos;s empty fields from the row and never overwrites; Add anyway makes a second patient.</source>
        <translation>Estas filas tienen el mismo MRN, o el mismo nombre y fecha de nacimiento, que un paciente que ya está en la cartera (o que una fila anterior). Omitir deja fuera la fila; Combinar completa los campos vacíos de ese paciente con los datos de la fila y nunca sobrescribe; Agregar de todos modos crea un segundo paciente.</translation>
    </message>
    <message>
        <source>These rows are the same as a record already in the caseload, or as an earlier row (the same patient, and the same medication and start date, appointment start, task and due date, allergy, or condition and onset). Skip leaves the row out; Add anyway imports it as well.</source>
        <translation>Estas filas son iguales a un registro que ya está en la cartera, o a una fila anterior (el mismo paciente y el mismo medicamento y fecha de inicio, inicio de cita, tarea y fecha de vencimiento, alergia, o afección y fecha de aparición). Omitir deja fuera la fila; Agregar de todos modos también la importa.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Probables duplicados</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Omitir &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Merge all</source>
        <translation>&amp;Combinar todas</translation>
    </message>
    <message>
        <source>&amp;Add all anyway</source>
        <translation>&amp;Agregar todas de todos modos</translation>
    </message>
    <message>
        <source>No row looks like a patient already in the caseload.</source>
        <translation>Ninguna fila parece un paciente que ya esté en la cartera.</translation>
    </message>
    <message>
        <source>No row of this file can be imported (see “Cannot be imported” for why). Correct the file and check it again (Back, then Next).</source>
        <translation>No se puede importar ninguna fila de este archivo (vea el motivo en “No se pueden importar”). Corrija el archivo y vuelva a revisarlo (Atrás y luego Siguiente).</translation>
    </message>
    <message>
        <source>There is nothing to import: no row is left to add or merge.</source>
        <translation>No hay nada que importar: no queda ninguna fila para agregar o combinar.</translation>
    </message>
    <message>
        <source>Import is not possible yet: 1 row cannot be imported (see “Cannot be imported” for which and why). Correct the file and check it again (Back, then Next), or tick “Leave out the rows that cannot be imported” to import the others.</source>
        <translation>Aún no es posible importar: 1 fila no se puede importar (vea cuál y por qué en “No se pueden importar”). Corrija el archivo y vuelva a revisarlo (Atrás y luego Siguiente), o marque “Omitir las filas que no se pueden importar” para importar las demás.</translation>
    </message>
    <message>
        <source>Import is not possible yet: {n} rows cannot be imported (see “Cannot be imported” for which and why). Correct the file and check it again (Back, then Next), or tick “Leave out the rows that cannot be imported” to import the others.</source>
        <translation>Aún no es posible importar: {n} filas no se pueden importar (vea cuáles y por qué en “No se pueden importar”). Corrija el archivo y vuelva a revisarlo (Atrás y luego Siguiente), o marque “Omitir las filas que no se pueden importar” para importar las demás.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Nothing was imported, and the caseload is as it was: %s

Your choices are kept; press Import to try again.</source>
        <translation>No se importó nada y la cartera sigue como estaba: %s

Sus opciones se conservan; pulse Importar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The import was stopped: nothing was imported. Your choices are kept.</source>
        <translation>Se detuvo la importación: no se importó nada. Sus opciones se conservan.</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Check database</source>
        <translation>Revisar la base de datos</translation>
    </message>
    <message>
        <source>The caseload is healthy.</source>
        <translation>La cartera está en buen estado.</translation>
    </message>
    <message>
        <source>Problems were found. Nothing has been changed; restore a backup from before they began (File → Restore a backup…), or keep this report for support.</source>
        <translation>Se encontraron problemas. No se ha cambiado nada; restaure una copia de seguridad de antes de que empezaran (Archivo → Restaurar una copia de seguridad…), o guarde este informe para el soporte técnico.</translation>
    </message>
</context>
<context>
    <name>CheckRules</name>
    <message>
        <source>The date up to which visits are laid out (kept in meta as &apos;horizon&apos;) is not a date and time.</source>
        <translation>La fecha hasta la que se generan las visitas (guardada en meta como &apos;horizon&apos;) no es una fecha y hora.</translation>
    </message>
    <message>
        <source>{n} appointment has laid-out visits filed under another patient</source>
        <translation>{n} cita tiene visitas generadas registradas a nombre de otro paciente</translation>
    </message>
    <message>
        <source>{n} appointments have laid-out visits filed under another patient</source>
        <translation>{n} citas tienen visitas generadas registradas a nombre de otro paciente</translation>
    </message>
    <message>
        <source>{n} appointment cannot be laid out: its repeat rule or a time in it cannot be read</source>
        <translation>{n} cita no puede generar sus visitas: no se puede leer su regla de repetición o una hora que contiene</translation>
    </message>
    <message>
        <source>{n} appointments cannot be laid out: their repeat rule or a time in it cannot be read</source>
        <translation>{n} citas no pueden generar sus visitas: no se puede leer su regla de repetición o una hora que contiene</translation>
    </message>
    <message>
        <source>{n} visit is missing from the agenda though the schedule has it</source>
        <translation>{n} visita no está en la agenda aunque el calendario la incluye</translation>
    </message>
    <message>
        <source>{n} visits are missing from the agenda though the schedule has them</source>
        <translation>{n} visitas no están en la agenda aunque el calendario las incluye</translation>
    </message>
    <message>
        <source>{n} visit is on the agenda though the schedule does not have it</source>
        <translation>{n} visita está en la agenda aunque el calendario no la incluye</translation>
    </message>
    <message>
        <source>{n} visits are on the agenda though the schedule does not have them</source>
        <translation>{n} visitas están en la agenda aunque el calendario no las incluye</translation>
    </message>
    <message>
        <source>{n} appointment has visits on the agenda at another time, length or status than its schedule says</source>
        <translation>{n} cita tiene visitas en la agenda con una hora, duración o estado distintos de los que indica su calendario</translation>
    </message>
    <message>
        <source>{n} appointments have visits on the agenda at another time, length or status than their schedule says</source>
        <translation>{n} citas tienen visitas en la agenda con una hora, duración o estado distintos de los que indica su calendario</translation>
    </message>
    <message>
        <source>{n} appointment keeps a last visit that does not match its repeat rule</source>
        <translation>{n} cita conserva una última visita que no coincide con su regla de repetición</translation>
    </message>
    <message>
        <source>{n} appointments keep a last visit that does not match their repeat rule</source>
        <translation>{n} citas conservan una última visita que no coincide con su regla de repetición</translation>
    </message>
    <message>
        <source>{n} goal is linked to a problem of another care plan</source>
        <extracomment>Records that break a rule the store keeps: kind, SQL selecting their ids, the finding for one and for several ({n}: how many), and what the ids are of.</extracomment>
        <translation>{n} objetivo está vinculado a un problema de otro plan de cuidados</translation>
    </message>
    <message>
        <source>{n} goals are linked to a problem of another care plan</source>
        <translation>{n} objetivos están vinculados a un problema de otro plan de cuidados</translation>
    </message>
    <message>
        <source>{n} intervention is linked to a goal of another care plan</source>
        <translation>{n} intervención está vinculada a un objetivo de otro plan de cuidados</translation>
    </message>
    <message>
        <source>{n} interventions are linked to a goal of another care plan</source>
        <translation>{n} intervenciones están vinculadas a un objetivo de otro plan de cuidados</translation>
    </message>
    <message>
        <source>{n} care-plan problem is linked to another patient&apos;s condition</source>
        <translation>{n} problema del plan de cuidados está vinculado a una afección de otro paciente</translation>
    </message>
    <message>
        <source>{n} care-plan problems are linked to another patient&apos;s condition</source>
        <translation>{n} problemas del plan de cuidados están vinculados a una afección de otro paciente</translation>
    </message>
    <message>
        <source>{n} note is linked to another patient&apos;s appointment</source>
        <translation>{n} nota está vinculada a una cita de otro paciente</translation>
    </message>
    <message>
        <source>{n} notes are linked to another patient&apos;s appointment</source>
        <translation>{n} notas están vinculadas a una cita de otro paciente</translation>
    </message>
    <message>
        <source>{n} care plan ends or is due for review before it starts</source>
        <translation>{n} plan de cuidados termina o debe revisarse antes de su inicio</translation>
    </message>
    <message>
        <source>{n} care plans end or are due for review before they start</source>
        <translation>{n} planes de cuidados terminan o deben revisarse antes de su inicio</translation>
    </message>
    <message>
        <source>{n} condition resolves before its onset</source>
        <translation>{n} afección se resuelve antes de su fecha de aparición</translation>
    </message>
    <message>
        <source>{n} conditions resolve before their onset</source>
        <translation>{n} afecciones se resuelven antes de su fecha de aparición</translation>
    </message>
    <message>
        <source>{n} repeating task has a repeat rule or due date that cannot be read</source>
        <translation>{n} tarea periódica tiene una regla de repetición o una fecha de vencimiento que no se puede leer</translation>
    </message>
    <message>
        <source>{n} repeating tasks have a repeat rule or due date that cannot be read</source>
        <translation>{n} tareas periódicas tienen una regla de repetición o una fecha de vencimiento que no se puede leer</translation>
    </message>
    <message>
        <source>{n} {noun} record holds text that is damaged (not UTF-8)</source>
        <translation>{n} registro de {noun} contiene texto dañado (no UTF-8)</translation>
    </message>
    <message>
        <source>{n} {noun} records hold text that is damaged (not UTF-8)</source>
        <translation>{n} registros de {noun} contienen texto dañado (no UTF-8)</translation>
    </message>
    <message>
        <source>{n} {noun} record holds a date, time or code that cannot be read</source>
        <translation>{n} registro de {noun} contiene una fecha, hora o código que no se puede leer</translation>
    </message>
    <message>
        <source>{n} {noun} records hold a date, time or code that cannot be read</source>
        <translation>{n} registros de {noun} contienen una fecha, hora o código que no se puede leer</translation>
    </message>
    <message>
        <source>the records&apos; values</source>
        <translation>los valores de los registros</translation>
    </message>
    <message>
        <source>the laid-out visits</source>
        <translation>las visitas generadas</translation>
    </message>
    <message>
        <source>the care plans and notes</source>
        <translation>los planes de cuidados y las notas</translation>
    </message>
    <message>
        <source>the repeating tasks</source>
        <translation>las tareas periódicas</translation>
    </message>
    <message>
        <source>the file&apos;s structure</source>
        <translation>la estructura del archivo</translation>
    </message>
    <message>
        <source>the links between records</source>
        <translation>los vínculos entre registros</translation>
    </message>
</context>
<context>
    <name>ChoosePatientDialog</name>
    <message>
        <source>Choose a patient</source>
        <translation>Elegir un paciente</translation>
    </message>
    <message>
        <source>Type a name, phone or MRN</source>
        <translation>Escriba un nombre, teléfono o MRN</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Who is the %s for?</source>
        <translation>¿Para qué paciente es este registro (%s)?</translation>
    </message>
    <message>
        <source>Pick a patient from the list first.</source>
        <translation>Primero elija un paciente de la lista.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the language of carebook&apos;s words and printed sheets (default: the one chosen in the window, else the computer&apos;s)</source>
        <extracomment>The languages carebook speaks (the keys of carebook.ui.language.LANGUAGES, which loads Qt).</extracomment>
        <translation>el idioma de los textos de carebook y de las hojas impresas (predeterminado: el elegido en la ventana o, si no, el del equipo)</translation>
    </message>
    <message>
        <source>caseload file to use (default: ${variable}, else {path})</source>
        <translation>archivo de cartera que se usará (predeterminado: ${variable} o, si no, {path})</translation>
    </message>
    <message>
        <source>{refusal} Close it (or let that command finish), then try again.</source>
        <translation>{refusal} Ciérrelo (o deje que termine ese comando) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>carebook: note: {notice}</source>
        <translation>carebook: nota: {notice}</translation>
    </message>
    <message>
        <source>carebook: warning: {problem}.</source>
        <translation>carebook: advertencia: {problem}.</translation>
    </message>
    <message>
        <source>--format pdf needs -o FILE to write the PDF to</source>
        <translation>--format pdf necesita -o FILE para escribir el PDF</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>no se puede escribir {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>{what} written to {path}: 1 page.</source>
        <translation>Se guardó {what} en {path}: 1 página.</translation>
    </message>
    <message>
        <source>{what} written to {path}: {n} pages.</source>
        <translation>Se guardó {what} en {path}: {n} páginas.</translation>
    </message>
    <message>
        <source>Offline caseload organizer for care coordinators. Without a sub-command, opens the carebook window.</source>
        <extracomment>Each sub-command and the module (under carebook.cli) that parses and runs it, in the order `carebook --help` lists them. A module is imported only when one of its commands is asked for, so that the window and each command load nothing of the others.</extracomment>
        <translation>Organizador de cartera de pacientes sin conexión para coordinadoras de cuidados. Sin un subcomando, abre la ventana de carebook.</translation>
    </message>
    <message>
        <source>show carebook&apos;s version and exit</source>
        <translation>mostrar la versión de carebook y salir</translation>
    </message>
    <message>
        <source>sub-commands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <source>carebook: {problem}</source>
        <translation>carebook: {problem}</translation>
    </message>
    <message>
        <source>carebook: interrupted; what was already saved is kept</source>
        <translation>carebook: interrumpido; lo que ya se guardó se conserva</translation>
    </message>
    <message>
        <source>Open the carebook window on a caseload.</source>
        <translation>Abrir la ventana de carebook con una cartera.</translation>
    </message>
    <message>
        <source>the caseload file to open (like --db)</source>
        <translation>el archivo de cartera que se abrirá (como --db)</translation>
    </message>
    <message>
        <source>unknown command {command}</source>
        <translation>comando desconocido {command}</translation>
    </message>
    <message>
        <source>carebook: warning: {problem}</source>
        <translation>carebook: advertencia: {problem}</translation>
    </message>
</context>
<context>
    <name>CliAgenda</name>
    <message>
        <source>print the day&apos;s visits and the tasks due or overdue</source>
        <translation>imprimir las visitas del día y las tareas que vencen o están atrasadas</translation>
    </message>
    <message>
        <source>Print the agenda: visits in time order, then tasks due and overdue.</source>
        <translation>Imprimir la agenda: las visitas por orden de hora y, luego, las tareas que vencen y las atrasadas.</translation>
    </message>
    <message>
        <source>the first day (default: today)</source>
        <translation>el primer día (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>print N consecutive days (JSON: a list of days)</source>
        <translation>imprimir N días consecutivos (JSON: una lista de días)</translation>
    </message>
    <message>
        <source>text (default), json, or the printable day sheet as pdf or html</source>
        <translation>text (predeterminado), json, o la hoja del día imprimible como pdf o html</translation>
    </message>
    <message>
        <source>write to FILE instead of printing (needed for pdf)</source>
        <translation>escribir en FILE en vez de imprimir (necesario para pdf)</translation>
    </message>
    <message>
        <source>paper size of the day sheet (default: as in the window&apos;s preferences, else your locale&apos;s)</source>
        <translation>tamaño de papel de la hoja del día (predeterminado: el de las preferencias de la ventana o, si no, el de su configuración regional)</translation>
    </message>
    <message>
        <source>add a sheet for each patient visited: contacts, allergies, medications and recent changes, tasks, room for notes</source>
        <translation>agregar una hoja por cada paciente visitado: contactos, alergias, medicamentos y cambios recientes, tareas, espacio para notas</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name, printed at the top of the day sheet (default: the name in the window&apos;s preferences)</source>
        <translation>el nombre de la coordinadora, impreso en la parte superior de la hoja del día (predeterminado: el nombre de las preferencias de la ventana)</translation>
    </message>
    <message>
        <source>--days must be between 1 and 366</source>
        <translation>--days debe estar entre 1 y 366</translation>
    </message>
    <message>
        <source>--patient-sheets goes with --format pdf or html</source>
        <translation>--patient-sheets va con --format pdf o html</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
</context>
<context>
    <name>CliAssess</name>
    <message>
        <source>score and keep a standard assessment (PHQ-9, Katz ADL, MoCA total …)</source>
        <translation>puntuar y guardar una evaluación estándar (PHQ-9, Katz ADL, total de MoCA …)</translation>
    </message>
    <message>
        <source>Score an assessment from each item&apos;s points, in the order the instrument lists its items (see `carebook instruments`), or keep a total scored on paper. An answer that needs acting on at once (PHQ-9&apos;s item 9) makes an urgent task.</source>
        <translation>Puntuar una evaluación a partir de los puntos de cada ítem, en el orden en que el instrumento enumera sus ítems (vea `carebook instruments`), o guardar un total puntuado en papel. Una respuesta que requiere actuar de inmediato (el ítem 9 del PHQ-9) crea una tarea urgente.</translation>
    </message>
    <message>
        <source>the patient&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <translation>el id de carebook del paciente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>phq-9, gad-7, katz-adl, moca … (see `carebook instruments`)</source>
        <translation>phq-9, gad-7, katz-adl, moca … (vea `carebook instruments`)</translation>
    </message>
    <message>
        <source>each item&apos;s points, in item order, by commas</source>
        <translation>los puntos de cada ítem, en orden, separados por comas</translation>
    </message>
    <message>
        <source>the total scored on the paper form</source>
        <translation>el total puntuado en el formulario de papel</translation>
    </message>
    <message>
        <source>the day it was scored (today)</source>
        <translation>el día en que se puntuó (hoy)</translation>
    </message>
    <message>
        <source>who scored it</source>
        <translation>quién lo puntuó</translation>
    </message>
    <message>
        <source>the assessment instruments: ids, names, ranges, licences</source>
        <translation>los instrumentos de evaluación: ids, nombres, rangos, licencias</translation>
    </message>
    <message>
        <source>Every assessment instrument carebook scores, with its id for `assess`.</source>
        <translation>Todos los instrumentos de evaluación que carebook puntúa, con su id para `assess`.</translation>
    </message>
    <message>
        <source>{instrument} is kept as its total only (its items are licensed); give --total N ({low}–{high})</source>
        <translation>{instrument} se guarda solo como total (sus ítems tienen licencia); indique --total N ({low}–{high})</translation>
    </message>
    <message>
        <source>{instrument} has {items} items but {answers} answers were given; give one number per item, in order (see `carebook instruments`)</source>
        <translation>{instrument} tiene {items} ítems, pero se dieron {answers} respuestas; indique un número por ítem, en orden (vea `carebook instruments`)</translation>
    </message>
    <message>
        <source>answer {number} should be a whole number of points (got {typed})</source>
        <translation>la respuesta {number} debe ser un número entero de puntos (se recibió {typed})</translation>
    </message>
    <message>
        <source>item {number} takes {choices} or {last} (got {points})</source>
        <translation>el ítem {number} admite {choices} o {last} (se recibió {points})</translation>
    </message>
    <message>
        <source>--total should be a whole number of points (got {typed})</source>
        <translation>--total debe ser un número entero de puntos (se recibió {typed})</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>paciente {id}</translation>
    </message>
    <message>
        <source>{instrument} for {name} on {day}: {total} of {high}, {band} (result {id}).</source>
        <translation>{instrument} de {name} el {day}: {total} de {high}, {band} (resultado {id}).</translation>
    </message>
    <message>
        <source>{instrument} for {name} on {day}: {total} of {high} (result {id}).</source>
        <translation>{instrument} de {name} el {day}: {total} de {high} (resultado {id}).</translation>
    </message>
    <message>
        <source>Flag: {flag}.</source>
        <translation>Alerta: {flag}.</translation>
    </message>
    <message>
        <source>Urgent task {id} made: {title}.</source>
        <translation>Tarea urgente {id} creada: {title}.</translation>
    </message>
    <message>
        <source>{low}–{high}, total only; {licence}</source>
        <translation>{low}–{high}, solo total; {licence}</translation>
    </message>
    <message>
        <source>{low}–{high}, {items} items; {licence}</source>
        <translation>{low}–{high}, {items} ítems; {licence}</translation>
    </message>
</context>
<context>
    <name>CliBilling</name>
    <message>
        <source>{option} should be a number with at most one decimal, such as 24.8 (got {typed})</source>
        <extracomment>A distance as typed: whole units with at most one decimal (24.8), kept in tenths.</extracomment>
        <translation>{option} debe ser un número con un decimal como máximo, como 24.8 (se recibió {typed})</translation>
    </message>
    <message>
        <source>{option} should be whole minutes such as 50, or hours and minutes such as 1:30 (got {typed})</source>
        <translation>{option} debe ser minutos enteros, como 50, u horas y minutos, como 1:30 (se recibió {typed})</translation>
    </message>
    <message>
        <source>an invoice number is a whole number such as 12 (got {typed})</source>
        <translation>un número de factura es un número entero, como 12 (se recibió {typed})</translation>
    </message>
    <message>
        <source>there is no invoice {number}; the latest is {latest}</source>
        <translation>no existe la factura {number}; la más reciente es la {latest}</translation>
    </message>
    <message>
        <source>there is no invoice {number}; there are none yet</source>
        <translation>no existe la factura {number}; todavía no hay ninguna</translation>
    </message>
</context>
<context>
    <name>CliBillingReports</name>
    <message>
        <source>time by client and activity, billable or not (default period: last month)</source>
        <extracomment>The kinds of report, each with what `report --help` says of it.</extracomment>
        <translation>tiempo por cliente y actividad, facturable o no (período predeterminado: el mes pasado)</translation>
    </message>
    <message>
        <source>billable work on no invoice yet, by client</source>
        <translation>trabajo facturable que aún no está en ninguna factura, por cliente</translation>
    </message>
    <message>
        <source>a year&apos;s distances by month and purpose (needs --year)</source>
        <translation>las distancias de un año por mes y finalidad (requiere --year)</translation>
    </message>
    <message>
        <source>payments received, by month (default period: the last twelve months)</source>
        <translation>pagos recibidos, por mes (período predeterminado: los últimos doce meses)</translation>
    </message>
    <message>
        <source>a payer&apos;s invoices and payments with the running balance (needs --payer)</source>
        <translation>las facturas y los pagos de un pagador con el saldo acumulado (requiere --payer)</translation>
    </message>
    <message>
        <source>Time report</source>
        <extracomment>What a PDF written is called when the command says so.</extracomment>
        <translation>Informe de tiempo</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Trabajo sin facturar</translation>
    </message>
    <message>
        <source>Mileage by month</source>
        <translation>Millaje por mes</translation>
    </message>
    <message>
        <source>Income by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>the business&apos;s reports: time, unbilled work, mileage, income, a statement</source>
        <translation>los informes del negocio: tiempo, trabajo sin facturar, millaje, ingresos, un estado de cuenta</translation>
    </message>
    <message>
        <source>One of the business&apos;s reports. {kinds}</source>
        <translation>Uno de los informes del negocio. {kinds}</translation>
    </message>
    <message>
        <source>{kind}: {said}.</source>
        <translation>{kind}: {said}.</translation>
    </message>
    <message>
        <source>time and income</source>
        <translation>tiempo e ingresos</translation>
    </message>
    <message>
        <source>mileage: the year</source>
        <translation>millaje: el año</translation>
    </message>
    <message>
        <source>statement: who the invoices went to</source>
        <translation>estado de cuenta: a quién se enviaron las facturas</translation>
    </message>
    <message>
        <source>write to FILE (needed for pdf)</source>
        <translation>escribir en FILE (necesario para pdf)</translation>
    </message>
    <message>
        <source>--to {last} is before --from {first}</source>
        <translation>--to {last} es anterior a --from {first}</translation>
    </message>
    <message>
        <source>report mileage needs --year, such as --year 2026</source>
        <translation>report mileage necesita --year, por ejemplo --year 2026</translation>
    </message>
    <message>
        <source>--year {year} is not a year to report trips in</source>
        <translation>--year {year} no es un año del que se puedan informar trayectos</translation>
    </message>
    <message>
        <source>report statement needs --payer NAME: who the invoices went to</source>
        <translation>report statement necesita --payer NAME: a quién se enviaron las facturas</translation>
    </message>
    <message>
        <source>report {kind} takes no {option}</source>
        <translation>report {kind} no admite {option}</translation>
    </message>
    <message>
        <source>no invoice has been issued to {payer}: there are no payers yet</source>
        <translation>no se ha emitido ninguna factura a {payer}: todavía no hay pagadores</translation>
    </message>
    <message>
        <source>no invoice has been issued to {payer}; the payers are: {payers}</source>
        <translation>no se ha emitido ninguna factura a {payer}; los pagadores son: {payers}</translation>
    </message>
    <message>
        <source>Statement for {payer}</source>
        <translation>Estado de cuenta de {payer}</translation>
    </message>
    <message>
        <source>Time by client and activity, {period}</source>
        <translation>Tiempo por cliente y actividad, {period}</translation>
    </message>
    <message>
        <source>No time kept in this period.</source>
        <translation>No se registró tiempo en este período.</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Time as kept, before an invoice rounds it.</source>
        <translation>Tiempo tal como se registró, antes de que una factura lo redondee.</translation>
    </message>
    <message>
        <source>Unbilled work on {day}</source>
        <translation>Trabajo sin facturar al {day}</translation>
    </message>
    <message>
        <source>Every billable entry is on an invoice.</source>
        <translation>Todos los registros facturables están en una factura.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Tiempo facturado</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trayectos</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trips are billed at each client&apos;s mileage rate when invoiced.</source>
        <translation>Los trayectos se facturan con la tarifa de millaje de cada cliente al emitir la factura.</translation>
    </message>
    <message>
        <source>Mileage by month, {year} ({unit})</source>
        <translation>Millaje por mes, {year} ({unit})</translation>
    </message>
    <message>
        <source>No trips logged in {year}.</source>
        <translation>No se registraron trayectos en {year}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>A round trip is counted both ways.</source>
        <translation>Un trayecto de ida y vuelta se cuenta en ambos sentidos.</translation>
    </message>
    <message>
        <source>Income by month, {period}</source>
        <translation>Ingresos por mes, {period}</translation>
    </message>
    <message>
        <source>No payments received in this period.</source>
        <translation>No se recibieron pagos en este período.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Statement for {payer} on {day}</source>
        <translation>Estado de cuenta de {payer} al {day}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>No invoices issued to this payer.</source>
        <translation>No se han emitido facturas a este pagador.</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>De lo cual, atrasado</translation>
    </message>
</context>
<context>
    <name>CliDocuments</name>
    <message>
        <source>the patient&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <translation>el id de carebook del paciente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>a patient&apos;s documents: advance directive, POLST, insurance card …</source>
        <translation>los documentos de un paciente: directiva anticipada, POLST, tarjeta del seguro …</translation>
    </message>
    <message>
        <source>A patient&apos;s documents with their ids (for `carebook document ID -o FILE`).</source>
        <translation>Los documentos de un paciente con sus identificadores (para `carebook document ID -o FILE`).</translation>
    </message>
    <message>
        <source>add a patient&apos;s document with its file, or export one&apos;s file</source>
        <translation>agregar un documento de un paciente con su archivo, o exportar el archivo de uno</translation>
    </message>
    <message>
        <source>`document ID -o FILE` writes the document&apos;s file as it was added, byte for byte. `document add PATIENT FILE --category ID` keeps a PDF or a picture inside the caseload (never as a loose file) after checking it is what its name says.</source>
        <translation>`document ID -o FILE` escribe el archivo del documento tal como se agregó, byte por byte. `document add PATIENT FILE --category ID` guarda un PDF o una imagen dentro de la cartera (nunca como un archivo suelto) después de comprobar que es lo que dice su nombre.</translation>
    </message>
    <message>
        <source>where to export the file</source>
        <translation>dónde exportar el archivo</translation>
    </message>
    <message>
        <source>(default: the category&apos;s name)</source>
        <translation>(predeterminado: el nombre de la categoría)</translation>
    </message>
    <message>
        <source>the day it was signed</source>
        <translation>el día en que se firmó</translation>
    </message>
    <message>
        <source>when it expires or is to be looked at again</source>
        <translation>cuándo vence o cuándo se debe revisar de nuevo</translation>
    </message>
    <message>
        <source>document add needs PATIENT and FILE, as in {usage}</source>
        <translation>document add necesita PATIENT y FILE, como en {usage}</translation>
    </message>
    <message>
        <source>-o is for exporting a document; `document add` takes none</source>
        <translation>-o es para exportar un documento; `document add` no lo admite</translation>
    </message>
    <message>
        <source>give one document id, or `add PATIENT FILE` (got {words})</source>
        <translation>indique un id de documento, o `add PATIENT FILE` (se recibió {words})</translation>
    </message>
    <message>
        <source>--category, --title, --signed, --review and --notes are for `add`</source>
        <translation>--category, --title, --signed, --review y --notes son para `add`</translation>
    </message>
    <message>
        <source>--category is needed: {categories}</source>
        <translation>se necesita --category: {categories}</translation>
    </message>
    <message>
        <source>--review {review} comes before --signed {signed}</source>
        <translation>--review {review} es anterior a --signed {signed}</translation>
    </message>
    <message>
        <source>cannot read {file}: it is a folder</source>
        <translation>no se puede leer {file}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot read {file}: there is no such file</source>
        <translation>no se puede leer {file}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{title} ({category}, {size}) kept for {name} (document {id}).</source>
        <translation>{title} ({category}, {size}) guardado para {name} (documento {id}).</translation>
    </message>
    <message>
        <source>{title} ({size}) kept for {name} (document {id}).</source>
        <translation>{title} ({size}) guardado para {name} (documento {id}).</translation>
    </message>
    <message>
        <source>give -o FILE to write the document&apos;s file to</source>
        <translation>indique -o FILE para escribir allí el archivo del documento</translation>
    </message>
    <message>
        <source>{title} ({file}, {size}) written to {output}.</source>
        <translation>Se guardó {title} ({file}, {size}) en {output}.</translation>
    </message>
    <message>
        <source>a document is named by its id, a whole number (got {typed}); see `carebook documents PATIENT`</source>
        <translation>un documento se nombra por su id, un número entero (se recibió {typed}); vea `carebook documents PATIENT`</translation>
    </message>
    <message>
        <source>there is no document {id}; see `carebook documents PATIENT`</source>
        <translation>no existe el documento {id}; vea `carebook documents PATIENT`</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>only {actual} of {size} bytes were written</source>
        <translation>solo se escribieron {actual} de {size} bytes</translation>
    </message>
    <message>
        <source>No documents for {name}.</source>
        <translation>No hay documentos de {name}.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Documentos de {name}</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>firmado el {date}</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>, review {date} (due)</source>
        <translation>, revisión {date} (pendiente)</translation>
    </message>
    <message>
        <source>, review {date}</source>
        <translation>, revisión {date}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>paciente {id}</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>{filter} (default)</source>
        <extracomment>Rows read from the store at a time (as the window&apos;s export does). The whole caseload, for --format fhir.</extracomment>
        <translation>{filter} (predeterminado)</translation>
    </message>
    <message>
        <source>write a list as CSV, the appointments as an iCalendar file, or the whole caseload as FHIR</source>
        <translation>escribir una lista como CSV, las citas como un archivo iCalendar o toda la cartera como FHIR</translation>
    </message>
    <message>
        <source>Write the patients, medications, appointments or tasks list as CSV, with the columns the window shows (UTF-8, for spreadsheets); with --format ics the appointments as an iCalendar (.ics) file for a phone&apos;s or a desktop&apos;s calendar; or with `export all --format fhir` the whole caseload as one FHIR R4 Bundle (JSON), which `carebook import --kind fhir` reads back. In the calendar every series is written whole, as one repeating event (with its removed visits left out and its moved or cancelled visits as changes of it), so --from and --to choose which appointments and series go in (those with a visit in the range), not which of their visits; importing the file again updates its events rather than adding copies. Booked, done and no-show visits are confirmed events (the description says done or no-show); cancelled ones are cancelled events.</source>
        <translation>Escribe la lista de pacientes, medicamentos, citas o tareas como CSV, con las columnas que muestra la ventana (UTF-8, para hojas de cálculo); con --format ics, las citas como un archivo iCalendar (.ics) para el calendario de un teléfono o de una computadora; o con `export all --format fhir`, toda la cartera como un solo Bundle FHIR R4 (JSON), que `carebook import --kind fhir` vuelve a leer. En el calendario cada serie se escribe completa, como un evento que se repite (sin sus visitas eliminadas y con sus visitas movidas o canceladas como cambios de la serie), así que --from y --to eligen qué citas y series se incluyen (las que tienen una visita en el rango), no cuáles de sus visitas; al volver a importar el archivo se actualizan sus eventos en lugar de agregar copias. Las visitas programadas, realizadas y a las que el paciente no se presentó son eventos confirmados (la descripción indica realizada o no se presentó); las canceladas son eventos cancelados.</translation>
    </message>
    <message>
        <source>what to export: {kinds}, or all (with --format fhir)</source>
        <translation>qué exportar: {kinds}, o all (con --format fhir)</translation>
    </message>
    <message>
        <source>csv (default), ics for appointments, or fhir for all</source>
        <translation>csv (predeterminado), ics para las citas o fhir para todo</translation>
    </message>
    <message>
        <source>write to FILE (written whole, readable by you alone) instead of printing</source>
        <translation>escribir en FILE (completo, legible solo por usted) en lugar de mostrarlo en pantalla</translation>
    </message>
    <message>
        <source>only this patient: a carebook id, or a name (or phone, or MRN) to find</source>
        <translation>solo este paciente: un id de carebook, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>csv: the list&apos;s filter, as in the window ({filters})</source>
        <translation>csv: el filtro de la lista, como en la ventana ({filters})</translation>
    </message>
    <message>
        <source>csv: only the rows the window&apos;s search for TEXT shows</source>
        <translation>csv: solo las filas que muestra la búsqueda de TEXT en la ventana</translation>
    </message>
    <message>
        <source>appointments and tasks: from this day (for ics: the series with a visit from this day)</source>
        <translation>citas y tareas: desde este día (para ics: las series con una visita desde este día)</translation>
    </message>
    <message>
        <source>appointments and tasks: to this day, included</source>
        <translation>citas y tareas: hasta este día, incluido</translation>
    </message>
    <message>
        <source>fhir: name each patient&apos;s documents without their files (a smaller Bundle; importing it keeps no document)</source>
        <translation>fhir: nombrar los documentos de cada paciente sin sus archivos (un Bundle más pequeño; al importarlo no se guarda ningún documento)</translation>
    </message>
    <message>
        <source>fhir: indented JSON for reading by eye (about twice the size); compact JSON, an entry a line, is the default</source>
        <translation>fhir: JSON con sangría para leerlo a simple vista (aproximadamente el doble de tamaño); el predeterminado es JSON compacto, una entrada por línea</translation>
    </message>
    <message>
        <source>fhir: also check every resource against the FHIR R4 models and the caseload&apos;s rules as an import would (several times slower); the first problem is named and nothing is written</source>
        <translation>fhir: comprobar además cada recurso con los modelos de FHIR R4 y las reglas de la cartera, como lo haría una importación (varias veces más lento); se indica el primer problema y no se escribe nada</translation>
    </message>
    <message>
        <source>--indent and --validate go with `export all --format fhir`</source>
        <translation>--indent y --validate van con `export all --format fhir`</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} es posterior a --to {last}</translation>
    </message>
    <message>
        <source>--from and --to go with appointments and tasks, not {kind}</source>
        <translation>--from y --to van con citas y tareas, no con {kind}</translation>
    </message>
    <message>
        <source>--format ics exports appointments only</source>
        <translation>--format ics solo exporta citas</translation>
    </message>
    <message>
        <source>--filter and --search go with --format csv; for a calendar choose the appointments with --patient, --from and --to</source>
        <translation>--filter y --search van con --format csv; para un calendario, elija las citas con --patient, --from y --to</translation>
    </message>
    <message>
        <source>{kind} has no filter {filter}; choose one of {filters}</source>
        <translation>{kind} no tiene el filtro {filter}; elija uno de {filters}</translation>
    </message>
    <message>
        <source>the whole caseload is exported with `export all --format fhir`; a list goes as csv (appointments also as ics)</source>
        <translation>toda la cartera se exporta con `export all --format fhir`; una lista se exporta como csv (las citas, también como ics)</translation>
    </message>
    <message>
        <source>{options} cannot narrow the whole caseload; for one patient&apos;s record use `carebook careplan PATIENT --format fhir`</source>
        <translation>{options} no pueden acotar toda la cartera; para el expediente de un paciente, use `carebook careplan PATIENT --format fhir`</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>The whole caseload (1 patient) written to {output} as FHIR R4.</source>
        <translation>Toda la cartera (1 paciente) se escribió en {output} como FHIR R4.</translation>
    </message>
    <message>
        <source>The whole caseload ({n} patients) written to {output} as FHIR R4.</source>
        <translation>Toda la cartera ({n} pacientes) se escribió en {output} como FHIR R4.</translation>
    </message>
    <message>
        <source>{kind}: 1 row written to {output}.</source>
        <translation>{kind}: se escribió 1 fila en {output}.</translation>
    </message>
    <message>
        <source>{kind}: {n} rows written to {output}.</source>
        <translation>{kind}: se escribieron {n} filas en {output}.</translation>
    </message>
    <message>
        <source>no appointment of that patient has a visit in that range; nothing was written</source>
        <translation>ninguna cita de ese paciente tiene una visita en ese rango; no se escribió nada</translation>
    </message>
    <message>
        <source>no appointment of that patient is booked; nothing was written</source>
        <translation>ese paciente no tiene ninguna cita programada; no se escribió nada</translation>
    </message>
    <message>
        <source>no appointment has a visit in that range; nothing was written</source>
        <translation>ninguna cita tiene una visita en ese rango; no se escribió nada</translation>
    </message>
    <message>
        <source>no appointment is booked; nothing was written</source>
        <translation>no hay ninguna cita programada; no se escribió nada</translation>
    </message>
    <message>
        <source>carebook: warning: 1 appointment left out: dated outside the dates carebook keeps, or repeating by a rule that no longer reads; `carebook check` names them</source>
        <translation>carebook: advertencia: se omitió 1 cita: tiene fecha fuera de las fechas que guarda carebook, o se repite según una regla que ya no se puede leer; `carebook check` indica cuáles son</translation>
    </message>
    <message>
        <source>carebook: warning: {n} appointments left out: dated outside the dates carebook keeps, or repeating by a rule that no longer reads; `carebook check` names them</source>
        <translation>carebook: advertencia: se omitieron {n} citas: tienen fecha fuera de las fechas que guarda carebook, o se repiten según una regla que ya no se puede leer; `carebook check` indica cuáles son</translation>
    </message>
    <message>
        <source>1 series</source>
        <translation>1 serie</translation>
    </message>
    <message>
        <source>{n} series</source>
        <translation>{n} series</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} visitas</translation>
    </message>
    <message>
        <source>1 single appointment</source>
        <translation>1 cita única</translation>
    </message>
    <message>
        <source>{n} single appointments</source>
        <translation>{n} citas únicas</translation>
    </message>
    <message>
        <source>Calendar written to {output}: {series} ({changed} changed) and {single}.</source>
        <translation>Calendario escrito en {output}: {series} ({changed} con cambios) y {single}.</translation>
    </message>
</context>
<context>
    <name>CliFhirImport</name>
    <message>
        <source>name the FHIR files to import (a Bundle&apos;s .json, or .ndjson)</source>
        <extracomment>Findings of each kind listed one by one at most; the rest are counted.</extracomment>
        <translation>indique los archivos FHIR que desea importar (el .json de un Bundle, o .ndjson)</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>No se importó nada: {problem}</translation>
    </message>
    <message>
        <source>Nothing could be imported, so no caseload was made at {path}.</source>
        <translation>No se pudo importar nada, así que no se creó ninguna cartera en {path}.</translation>
    </message>
    <message>
        <source>Imported into {path}.</source>
        <translation>Importado en {path}.</translation>
    </message>
</context>
<context>
    <name>CliImports</name>
    <message>
        <source>import patients, medications, appointments, tasks, allergies or conditions from CSV or .xlsx, or patient records from FHIR files</source>
        <extracomment>The --kind for FHIR files (handled by carebook.cli.fhir_import). Problems listed one by one at most; the rest are counted.</extracomment>
        <translation>importar pacientes, medicamentos, citas, tareas, alergias o afecciones desde CSV o .xlsx, o registros de pacientes desde archivos FHIR</translation>
    </message>
    <message>
        <source>Import the rows of a CSV or Excel (.xlsx) file: patients, or the medications, appointments, tasks, allergies or conditions of patients already in the caseload (found by MRN, or by name and date of birth). Columns are matched from their headers (e.g. First name, Surname, DOB, Postcode, MRN); --map changes that. Every row is checked first: unless --skip-invalid, one row that cannot be imported means none is. Prints a report with the row numbers (the header is row 1) of every problem. With --kind fhir, the files are an EHR&apos;s FHIR R4 download (Bundle JSON, or bulk NDJSON files given together); importing the same records again makes nothing twice.</source>
        <translation>Importa las filas de un archivo CSV o Excel (.xlsx): pacientes, o los medicamentos, citas, tareas, alergias o afecciones de pacientes que ya están en la cartera (se buscan por MRN, o por nombre y fecha de nacimiento). Las columnas se asignan por sus encabezados (p. ej., First name, Surname, DOB, Postcode, MRN); --map cambia eso. Primero se revisa cada fila: salvo con --skip-invalid, si una fila no se puede importar, no se importa ninguna. Muestra un informe con los números de fila (el encabezado es la fila 1) de cada problema. Con --kind fhir, los archivos son una descarga FHIR R4 de un EHR (JSON de Bundle, o archivos NDJSON masivos indicados juntos); importar de nuevo los mismos registros no crea nada dos veces.</translation>
    </message>
    <message>
        <source>the CSV or .xlsx file (with --kind fhir: one or more FHIR files)</source>
        <translation>el archivo CSV o .xlsx (con --kind fhir: uno o más archivos FHIR)</translation>
    </message>
    <message>
        <source>what each row is, or fhir for FHIR files</source>
        <translation>qué es cada fila, o fhir para archivos FHIR</translation>
    </message>
    <message>
        <source>import the column COLUMN (its header) as FIELD, or not at all with COLUMN= ; may be given many times. The report lists the fields, as does a wrong FIELD</source>
        <translation>importar la columna COLUMN (su encabezado) como FIELD, o no importarla con COLUMN= ; se puede indicar muchas veces. El informe enumera los campos, igual que un FIELD incorrecto</translation>
    </message>
    <message>
        <source>how the file writes dates like 03/04/1941: day/month/year, month/day/year, or all year first (needed when no date in the file tells)</source>
        <translation>cómo escribe el archivo fechas como 03/04/1941: día/mes/año, mes/día/año o todas con el año primero (necesario cuando ninguna fecha del archivo lo aclara)</translation>
    </message>
    <message>
        <source>the worksheet of an .xlsx file (default: the first)</source>
        <translation>la hoja de un archivo .xlsx (predeterminada: la primera)</translation>
    </message>
    <message>
        <source>check the file and report, writing nothing</source>
        <translation>revisar el archivo e informar, sin escribir nada</translation>
    </message>
    <message>
        <source>import the rows that can be, leaving out those that cannot</source>
        <translation>importar las filas que se puedan, omitiendo las que no</translation>
    </message>
    <message>
        <source>a row that looks like a record already there (a patient with the same MRN, or the same name and date of birth; the same medication and start date of the same patient, and so on): skip it (default), merge a patient, filling that patient&apos;s empty fields and never overwriting, or add it anyway</source>
        <translation>una fila que parece un registro ya existente (un paciente con el mismo MRN, o con el mismo nombre y fecha de nacimiento; el mismo medicamento y fecha de inicio del mismo paciente, etc.): omitirla (predeterminado), fusionar un paciente, completando los campos vacíos de ese paciente sin sobrescribir nunca, o agregarla de todos modos</translation>
    </message>
    <message>
        <source>{options} applies only to spreadsheets, not to --kind fhir</source>
        <translation>{options} se aplica solo a hojas de cálculo, no a --kind fhir</translation>
    </message>
    <message>
        <source>{options} apply only to spreadsheets, not to --kind fhir</source>
        <translation>{options} se aplican solo a hojas de cálculo, no a --kind fhir</translation>
    </message>
    <message>
        <source>import one spreadsheet at a time (several files go together only with --kind fhir)</source>
        <translation>importe una hoja de cálculo a la vez (varios archivos juntos solo con --kind fhir)</translation>
    </message>
    <message>
        <source>carebook: nothing was imported: {error}</source>
        <translation>carebook: no se importó nada: {error}</translation>
    </message>
    <message>
        <source>--duplicates merge is for patients; for {kind}, skip a likely duplicate or add it anyway</source>
        <translation>--duplicates merge es para pacientes; para {kind}, omita un probable duplicado o agréguelo de todos modos</translation>
    </message>
    <message>
        <source>Nothing was imported: {question} Run again with {other}.</source>
        <translation>No se importó nada: {question} Vuelva a ejecutarlo con {other}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 row cannot be imported. Correct it, or import the other rows with --skip-invalid.</source>
        <translation>No se importó nada: 1 fila no se puede importar. Corríjala, o importe las demás filas con --skip-invalid.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows cannot be imported. Correct them, or import the other rows with --skip-invalid.</source>
        <translation>No se importó nada: {n} filas no se pueden importar. Corríjalas, o importe las demás filas con --skip-invalid.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: importing would {what}.</source>
        <translation>Prueba, no se escribió nada: la importación haría lo siguiente: {what}.</translation>
    </message>
    <message>
        <source>Nothing to import: {what}.</source>
        <translation>Nada que importar: {what}.</translation>
    </message>
    <message>
        <source>Imported into {path}: {what}.</source>
        <translation>Importado en {path}: {what}.</translation>
    </message>
    <message>
        <source>--map {choice}: write it as COLUMN=FIELD, e.g. &quot;--map &apos;Birth date=birth_date&apos;&quot; (or COLUMN= to leave it out)</source>
        <translation>--map {choice}: escríbalo como COLUMN=FIELD, p. ej. &quot;--map &apos;Birth date=birth_date&apos;&quot; (o COLUMN= para omitirla)</translation>
    </message>
    <message>
        <source>{error} (--map COLUMN=FIELD; the fields for {kind}: {fields})</source>
        <translation>{error} (--map COLUMN=FIELD; los campos de {kind}: {fields})</translation>
    </message>
    <message>
        <source>patient</source>
        <extracomment>One record of each kind, as the counts say it (&quot;1 patient added&quot;).</extracomment>
        <translation>paciente</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>afección</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{n} {records} added</source>
        <translation>se agregaron {n} {records}</translation>
    </message>
    <message>
        <source>add {n} {records}</source>
        <translation>agregar {n} {records}</translation>
    </message>
    <message>
        <source>{rows} that cannot be imported left out</source>
        <translation>se omitieron {rows} que no se pueden importar</translation>
    </message>
    <message>
        <source>leave out {rows} that cannot be imported</source>
        <translation>omitir {rows} que no se pueden importar</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>1 duplicado omitido</translation>
    </message>
    <message>
        <source>{n} duplicates skipped</source>
        <translation>{n} duplicados omitidos</translation>
    </message>
    <message>
        <source>skip 1 duplicate</source>
        <translation>omitir 1 duplicado</translation>
    </message>
    <message>
        <source>skip {n} duplicates</source>
        <translation>omitir {n} duplicados</translation>
    </message>
    <message>
        <source>1 duplicate merged</source>
        <translation>1 duplicado combinado</translation>
    </message>
    <message>
        <source>{n} duplicates merged</source>
        <translation>{n} duplicados combinados</translation>
    </message>
    <message>
        <source>merge 1 duplicate</source>
        <translation>combinar 1 duplicado</translation>
    </message>
    <message>
        <source>merge {n} duplicates</source>
        <translation>combinar {n} duplicados</translation>
    </message>
    <message>
        <source>{rows} read</source>
        <translation>{rows} leídas</translation>
    </message>
    <message>
        <source>rows not read yet</source>
        <translation>filas aún no leídas</translation>
    </message>
    <message>
        <source>{read}, {n} blank skipped</source>
        <translation>{read}, {n} en blanco omitidas</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Columnas: {columns}.</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>No importadas: {columns}.</translation>
    </message>
    <message>
        <source>skipped; --duplicates merge fills their empty fields instead</source>
        <translation>omitidos; --duplicates merge completa en cambio sus campos vacíos</translation>
    </message>
    <message>
        <source>skipped; --duplicates add imports them anyway</source>
        <translation>omitidos; --duplicates add los importa de todos modos</translation>
    </message>
    <message>
        <source>merged: empty fields filled from the row, nothing overwritten</source>
        <translation>combinados: campos vacíos completados con la fila, nada sobrescrito</translation>
    </message>
    <message>
        <source>added anyway</source>
        <translation>agregados de todos modos</translation>
    </message>
    <message>
        <source>Likely duplicates: {n} ({what}).</source>
        <translation>Probables duplicados: {n} ({what}).</translation>
    </message>
    <message>
        <source>Incomplete: 1 row imported all the same; complete it in carebook, whose form asks for what is missing.</source>
        <translation>Incompleta: 1 fila se importó de todos modos; complétela en carebook, cuyo formulario pide lo que falta.</translation>
    </message>
    <message>
        <source>Incomplete: {n} rows imported all the same; complete them in carebook, whose form asks for what is missing.</source>
        <translation>Incompletas: {n} filas se importaron de todos modos; complételas en carebook, cuyo formulario pide lo que falta.</translation>
    </message>
    <message>
        <source>Invalid rows: {n} (left out).</source>
        <translation>Filas no válidas: {n} (omitidas).</translation>
    </message>
    <message>
        <source>Invalid rows: {n} (nothing imported).</source>
        <translation>Filas no válidas: {n} (no se importó nada).</translation>
    </message>
    <message>
        <source>  … and {n} more.</source>
        <translation>  … y {n} más.</translation>
    </message>
</context>
<context>
    <name>CliInvoices</name>
    <message>
        <source>the client&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <translation>el id de carebook del cliente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>draft, issue, void, pay, show and list invoices</source>
        <translation>crear borradores, emitir, anular, pagar, mostrar y listar facturas</translation>
    </message>
    <message>
        <source>Invoices for a client&apos;s unbilled time, trips and expenses of a period. Numbers run 1, 2, 3 … with no gap; a void invoice keeps its number.</source>
        <translation>Facturas del tiempo, los trayectos y los gastos sin facturar de un cliente en un período. Los números van 1, 2, 3 … sin saltos; una factura anulada conserva su número.</translation>
    </message>
    <message>
        <source>draft an invoice of a client&apos;s unbilled work; prints its number</source>
        <translation>crear un borrador de factura del trabajo sin facturar de un cliente; muestra su número</translation>
    </message>
    <message>
        <source>a time line a day (default) or an activity</source>
        <translation>una línea de tiempo por día (predeterminado) o por actividad</translation>
    </message>
    <message>
        <source>issue a draft: from then on it cannot change</source>
        <translation>emitir un borrador: a partir de entonces no puede cambiar</translation>
    </message>
    <message>
        <source>the day it is issued (default today)</source>
        <translation>el día en que se emite (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>void an invoice: it keeps its number, its work is unbilled again</source>
        <translation>anular una factura: conserva su número y su trabajo vuelve a quedar sin facturar</translation>
    </message>
    <message>
        <source>why, as the invoice keeps it</source>
        <translation>el motivo, tal como lo guarda la factura</translation>
    </message>
    <message>
        <source>record a payment; more than is owed is kept as the client&apos;s credit</source>
        <translation>registrar un pago; lo que exceda lo adeudado se guarda como crédito del cliente</translation>
    </message>
    <message>
        <source>such as 100.00</source>
        <translation>por ejemplo, 100.00</translation>
    </message>
    <message>
        <source>a check number, a reference</source>
        <translation>un número de cheque, una referencia</translation>
    </message>
    <message>
        <source>an invoice as text, JSON, CSV or a printable PDF</source>
        <translation>una factura como texto, JSON, CSV o un PDF imprimible</translation>
    </message>
    <message>
        <source>write to FILE (needed for pdf)</source>
        <translation>escribir en FILE (necesario para pdf)</translation>
    </message>
    <message>
        <source>every invoice with its status and balance</source>
        <translation>todas las facturas con su estado y saldo</translation>
    </message>
    <message>
        <source>only these</source>
        <translation>solo estos</translation>
    </message>
    <message>
        <source>--to {last} comes before --from {first}</source>
        <translation>--to {last} es anterior a --from {first}</translation>
    </message>
    <message>
        <source>invoice {number} was issued on {day} already; to change it, void it (`carebook invoice void {number}`) and draft again</source>
        <translation>la factura {number} ya se emitió el {day}; para cambiarla, anúlela (`carebook invoice void {number}`) y cree un nuevo borrador</translation>
    </message>
    <message>
        <source>Invoice {number} issued to {payer}: {total}, due {due}.</source>
        <translation>Factura {number} emitida a {payer}: {total}, vence el {due}.</translation>
    </message>
    <message>
        <source>Invoice {number} is void; it keeps its number, and its time, trips and expenses are unbilled again.</source>
        <translation>La factura {number} está anulada; conserva su número, y su tiempo, trayectos y gastos vuelven a quedar sin facturar.</translation>
    </message>
    <message>
        <source>Recorded {amount} against invoice {number}; {owed} still owed.</source>
        <translation>Se registraron {amount} en la factura {number}; aún se deben {owed}.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <extracomment>How each unit of a line&apos;s quantity is said, and how many make one rated unit.</extracomment>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <source>To: {payer}, {address}</source>
        <translation>Para: {payer}, {address}</translation>
    </message>
    <message>
        <source>To: {payer}</source>
        <translation>Para: {payer}</translation>
    </message>
    <message>
        <source>Invoice {number} ({status})</source>
        <translation>Factura {number} ({status})</translation>
    </message>
    <message>
        <source>For: {client}, {first} to {last}</source>
        <translation>De: {client}, del {first} al {last}</translation>
    </message>
    <message>
        <source>Issued {issued}, due {due}</source>
        <translation>Emitida el {issued}, vence el {due}</translation>
    </message>
    <message>
        <source>Void since {day}: {reason}</source>
        <translation>Anulada desde el {day}: {reason}</translation>
    </message>
    <message>
        <source>Void since {day}</source>
        <translation>Anulada desde el {day}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>No hay facturas.</translation>
    </message>
    <message>
        <source>{number}  {status}  {patient}  {first} to {last}  {total}  owed {owed}</source>
        <translation>{number}  {status}  {patient}  del {first} al {last}  {total}  se deben {owed}</translation>
    </message>
</context>
<context>
    <name>CliMeasures</name>
    <message>
        <source>the patient&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <extracomment>A number typed with its unit stuck to it (&quot;165lb&quot;, &quot;98.6°F&quot;). A reading of another day, given no --time, is kept at noon.</extracomment>
        <translation>el id de carebook del paciente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>keep a reading: blood pressure, pulse, weight … or a measure of your own</source>
        <translation>guardar una lectura: presión arterial, pulso, peso … o una medida propia</translation>
    </message>
    <message>
        <source>Keep a reading in the measure&apos;s stored unit (kg, °C, mg/dL); one typed in another unit (lb, °F, mmol/L) is converted. A reading that looks like a typo (a weight of 700 kg, a blood pressure of 300/20) is refused unless --reason says why it is right.</source>
        <translation>Guarda una lectura en la unidad almacenada de la medida (kg, °C, mg/dL); una lectura escrita en otra unidad (lb, °F, mmol/L) se convierte. Una lectura que parece un error de escritura (un peso de 700 kg, una presión arterial de 300/20) se rechaza salvo que --reason explique por qué es correcta.</translation>
    </message>
    <message>
        <source>{vitals}, or the name of your own measure</source>
        <translation>{vitals}, o el nombre de una medida propia</translation>
    </message>
    <message>
        <source>the reading; blood pressure as 128/82</source>
        <translation>la lectura; la presión arterial como 128/82</translation>
    </message>
    <message>
        <source>lb, °F, mmol/L …</source>
        <translation>lb, °F, mmol/L …</translation>
    </message>
    <message>
        <source>the day it was taken (today)</source>
        <translation>el día en que se tomó (hoy)</translation>
    </message>
    <message>
        <source>when it was taken (now; noon for another day)</source>
        <translation>cuándo se tomó (ahora; mediodía si es otro día)</translation>
    </message>
    <message>
        <source>why a reading that looks wrong is right</source>
        <translation>por qué es correcta una lectura que parece incorrecta</translation>
    </message>
    <message>
        <source>a patient&apos;s measures and assessments as text, JSON, CSV or PDF</source>
        <translation>las medidas y evaluaciones de un paciente como texto, JSON, CSV o PDF</translation>
    </message>
    <message>
        <source>Every reading and assessment result of a patient, oldest first.</source>
        <translation>Todas las lecturas y resultados de evaluaciones de un paciente, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>write to FILE (needed for pdf)</source>
        <translation>escribir en FILE (necesario para pdf)</translation>
    </message>
    <message>
        <source>{doubts} Correct it, or keep it as it is with --reason TEXT.</source>
        <translation>{doubts} Corríjala, o consérvela tal como está con --reason TEXT.</translation>
    </message>
    <message>
        <source>--time is a time such as 09:30 (got {typed})</source>
        <translation>--time es una hora como 09:30 (se recibió {typed})</translation>
    </message>
    <message>
        <source>a reading taken at {day} {time} is still to come; give when it was taken</source>
        <translation>una lectura tomada el {day} a las {time} todavía no ha ocurrido; indique cuándo se tomó</translation>
    </message>
    <message>
        <source>VALUE should be a number such as 72.5 (got {typed})</source>
        <translation>VALUE debe ser un número como 72.5 (se recibió {typed})</translation>
    </message>
    <message>
        <source>VALUE {typed} has its unit already; give UNIT once</source>
        <translation>VALUE {typed} ya incluye su unidad; indique UNIT una sola vez</translation>
    </message>
    <message>
        <source>a blood pressure is written as two numbers, 128/82 (got {typed})</source>
        <translation>una presión arterial se escribe como dos números, 128/82 (se recibió {typed})</translation>
    </message>
    <message>
        <source>{measure} is two numbers, such as 128/82</source>
        <translation>{measure} son dos números, como 128/82</translation>
    </message>
    <message>
        <source>{measure} is one number (got two, with a /)</source>
        <translation>{measure} es un solo número (se recibieron dos, con una /)</translation>
    </message>
    <message>
        <source>{measure} is measured in {unit}, not {typed}</source>
        <translation>{measure} se mide en {unit}, no en {typed}</translation>
    </message>
    <message>
        <source>no measure {typed}; carebook knows {vitals}; and your own: {own}</source>
        <translation>no existe la medida {typed}; carebook conoce {vitals}; y las suyas propias: {own}</translation>
    </message>
    <message>
        <source>no measure {typed}; carebook knows {vitals}</source>
        <translation>no existe la medida {typed}; carebook conoce {vitals}</translation>
    </message>
    <message>
        <source>{measure} {value} for {name} at {day} {time} (reading {id}).</source>
        <translation>{measure} {value} de {name} el {day} a las {time} (lectura {id}).</translation>
    </message>
    <message>
        <source>{value} (kept as {stored})</source>
        <translation>{value} (guardado como {stored})</translation>
    </message>
    <message>
        <source>BMI {bmi}.</source>
        <translation>IMC {bmi}.</translation>
    </message>
    <message>
        <source>Kept although it looked doubtful: {reason}</source>
        <translation>Se conservó aunque parecía dudosa: {reason}</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>paciente {id}</translation>
    </message>
    <message>
        <source>Measures and assessments</source>
        <translation>Medidas y evaluaciones</translation>
    </message>
    <message>
        <source>No measures or assessments for {name}.</source>
        <translation>No hay medidas ni evaluaciones de {name}.</translation>
    </message>
    <message>
        <source>Measures and assessments of {name}</source>
        <translation>Medidas y evaluaciones de {name}</translation>
    </message>
    <message>
        <source>BMI {bmi} (the latest weight and height).</source>
        <translation>IMC {bmi} (según el peso y la altura más recientes).</translation>
    </message>
</context>
<context>
    <name>CliMedcheck</name>
    <message>
        <source>list the medication warnings (allergies, duplicates, incomplete orders)</source>
        <extracomment>The exit status when a warning was found (as `grep` says &quot;found&quot; with its status).</extracomment>
        <translation>listar las advertencias de medicamentos (alergias, duplicados, órdenes incompletas)</translation>
    </message>
    <message>
        <source>Check the current medications of one patient, or of everyone, against their allergies (by ingredient, class, combination product and brand), for duplicate therapy, and for orders that say too little. Exits 1 when there is a warning.</source>
        <translation>Comprueba los medicamentos actuales de un paciente, o de todos, contra sus alergias (por ingrediente, clase, producto combinado y marca), la duplicidad terapéutica y las órdenes que dicen demasiado poco. Sale con el código 1 cuando hay alguna advertencia.</translation>
    </message>
    <message>
        <source>the patient&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <translation>el id de carebook del paciente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>check every patient</source>
        <translation>revisar a todos los pacientes</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (predeterminado) o json</translation>
    </message>
    <message>
        <source>write to FILE, not the screen</source>
        <translation>escribir en FILE, no en la pantalla</translation>
    </message>
    <message>
        <source>name one PATIENT, or give --all to check everyone</source>
        <translation>indique un PATIENT, o use --all para revisar a todos</translation>
    </message>
    <message>
        <source>No medication warnings for anyone.</source>
        <translation>No hay advertencias de medicamentos para nadie.</translation>
    </message>
    <message>
        <source>No medication warnings.</source>
        <translation>No hay advertencias de medicamentos.</translation>
    </message>
    <message>
        <source>{name} (id {id}): 1 warning</source>
        <translation>{name} (id {id}): 1 advertencia</translation>
    </message>
    <message>
        <source>{name} (id {id}): {n} warnings</source>
        <translation>{name} (id {id}): {n} advertencias</translation>
    </message>
</context>
<context>
    <name>CliPassphrases</name>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Frase de contraseña de {name}: </translation>
    </message>
    <message>
        <source>the caseload is protected by a passphrase: run carebook in a terminal to type it, or set ${variable} to a file that holds it (readable by you alone)</source>
        <translation>la cartera está protegida con una frase de contraseña: ejecute carebook en una terminal para escribirla, o defina ${variable} con un archivo que la contenga (que solo usted pueda leer)</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <source>the two passphrases are not the same; nothing was changed</source>
        <translation>las dos frases de contraseña no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>no passphrase was typed; nothing was changed</source>
        <translation>no se escribió ninguna frase de contraseña; no se cambió nada</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {file} (${variable}): {problem}</source>
        <extracomment>A passphrase file longer than this is not one (a device such as /dev/zero, a wrong file).</extracomment>
        <translation>no se puede leer el archivo de frase de contraseña {file} (${variable}): {problem}</translation>
    </message>
    <message>
        <source>the passphrase file {file} (${variable}) is longer than {limit} bytes, so it is not a passphrase file; it should hold the passphrase on its first line</source>
        <translation>el archivo de frase de contraseña {file} (${variable}) tiene más de {limit} bytes, así que no es un archivo de frase de contraseña; debe contener la frase de contraseña en su primera línea</translation>
    </message>
    <message>
        <source>the passphrase file {file} (${variable}) is not UTF-8 text; save it as UTF-8</source>
        <translation>el archivo de frase de contraseña {file} (${variable}) no es texto UTF-8; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>the passphrase file {file} (${variable}) is empty; put the passphrase on its first line</source>
        <translation>el archivo de frase de contraseña {file} (${variable}) está vacío; escriba la frase de contraseña en su primera línea</translation>
    </message>
    <message>
        <source>the passphrase file {file} (${variable}) holds control characters on its first line, so it is not a passphrase file</source>
        <translation>el archivo de frase de contraseña {file} (${variable}) contiene caracteres de control en su primera línea, así que no es un archivo de frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CliRates</name>
    <message>
        <source>set or show the hourly and mileage rates time and trips are billed at</source>
        <translation>establecer o mostrar las tarifas por hora y de millaje con que se facturan el tiempo y los trayectos</translation>
    </message>
    <message>
        <source>The rates new time entries and invoices use: the practice&apos;s default, or one client&apos;s own (her billing agreement).</source>
        <translation>Las tarifas que usan los nuevos registros de tiempo y las facturas: la predeterminada de la consulta, o la propia de un cliente (su acuerdo de facturación).</translation>
    </message>
    <message>
        <source>set the practice&apos;s rates, or a client&apos;s with --patient</source>
        <translation>establecer las tarifas de la consulta, o las de un cliente con --patient</translation>
    </message>
    <message>
        <source>Without --patient: --hourly is the practice&apos;s default hourly rate, --rounding the practice&apos;s rounding, and --mileage the standard business rate of this year (the rate billed for a client&apos;s trips when her agreement has none, and the rate the mileage log is valued at; set other years and purposes with `rates mileage`). With --patient: that client&apos;s own hourly rate, mileage rate and rounding. Time already kept keeps the rate it was kept at.</source>
        <translation>Sin --patient: --hourly es la tarifa por hora predeterminada de la consulta, --rounding el redondeo de la consulta y --mileage la tarifa comercial estándar de este año (la tarifa que se factura por los trayectos de un cliente cuando su acuerdo no tiene ninguna, y la tarifa con la que se valora el registro de millaje; establezca otros años y finalidades con `rates mileage`). Con --patient: la tarifa por hora, la tarifa de millaje y el redondeo propios de ese cliente. El tiempo ya registrado conserva la tarifa con la que se registró.</translation>
    </message>
    <message>
        <source>the client (id, name or MRN)</source>
        <translation>el cliente (id, nombre o MRN)</translation>
    </message>
    <message>
        <source>hourly rate, such as 125.00</source>
        <translation>tarifa por hora, por ejemplo, 125.00</translation>
    </message>
    <message>
        <source>rate a mile (or km), such as 0.725</source>
        <translation>tarifa por milla (o km), por ejemplo, 0.725</translation>
    </message>
    <message>
        <source>round each entry up to 6, 10 or 15 minutes</source>
        <translation>redondear cada registro hacia arriba a 6, 10 o 15 minutos</translation>
    </message>
    <message>
        <source>the practice&apos;s distance unit (only while no trip is logged)</source>
        <translation>la unidad de distancia de la consulta (solo mientras no haya ningún trayecto registrado)</translation>
    </message>
    <message>
        <source>days an invoice is due within</source>
        <translation>días de plazo para pagar una factura</translation>
    </message>
    <message>
        <source>show the practice&apos;s rates, or a client&apos;s</source>
        <translation>mostrar las tarifas de la consulta, o las de un cliente</translation>
    </message>
    <message>
        <source>set or list the standard mileage rates by year and purpose</source>
        <translation>establecer o listar las tarifas estándar de millaje por año y finalidad</translation>
    </message>
    <message>
        <source>With --rate, set the standard rate of a year and purpose (the mileage log is valued at it; a year without one takes the latest earlier year&apos;s). Without --rate, list the rates kept.</source>
        <translation>Con --rate, establece la tarifa estándar de un año y una finalidad (con ella se valora el registro de millaje; un año sin tarifa toma la del año anterior más reciente). Sin --rate, lista las tarifas guardadas.</translation>
    </message>
    <message>
        <source>default: this year</source>
        <translation>predeterminado: este año</translation>
    </message>
    <message>
        <source>give at least one of --hourly, --mileage, --rounding, --unit, --terms</source>
        <translation>indique al menos uno de --hourly, --mileage, --rounding, --unit, --terms</translation>
    </message>
    <message>
        <source>--unit is the practice&apos;s; give it without --patient</source>
        <translation>--unit es de la consulta; indíquelo sin --patient</translation>
    </message>
    <message>
        <source>Practice: {hourly} an hour, {mileage} a {unit} ({purpose}, {year}), {rounding}, due in {days} days.</source>
        <translation>Consulta: {hourly} por hora, {mileage} por {unit} ({purpose}, {year}), {rounding}, vence en {days} días.</translation>
    </message>
    <message>
        <source>{amount} an hour</source>
        <translation>{amount} por hora</translation>
    </message>
    <message>
        <source>{amount} an hour (practice&apos;s)</source>
        <translation>{amount} por hora (de la consulta)</translation>
    </message>
    <message>
        <source>{amount} a {unit}</source>
        <translation>{amount} por {unit}</translation>
    </message>
    <message>
        <source>{amount} a {unit} (practice&apos;s)</source>
        <translation>{amount} por {unit} (de la consulta)</translation>
    </message>
    <message>
        <source>{rounding} (practice&apos;s)</source>
        <translation>{rounding} (de la consulta)</translation>
    </message>
    <message>
        <source>{patient}: {hourly}, {mileage}, {rounding}; billed to {payer}, due in {days} days.</source>
        <translation>{patient}: {hourly}, {mileage}, {rounding}; se factura a {payer}, vence en {days} días.</translation>
    </message>
    <message>
        <source>{year} {purpose} rate: {rate}.</source>
        <translation>Tarifa de {purpose} de {year}: {rate}.</translation>
    </message>
    <message>
        <source>No standard mileage rates are kept yet; set one with --rate.</source>
        <translation>Aún no hay tarifas estándar de millaje guardadas; establezca una con --rate.</translation>
    </message>
</context>
<context>
    <name>CliReceivables</name>
    <message>
        <source>what is owed on issued invoices, by payer and by how late it is</source>
        <translation>lo que se adeuda en facturas emitidas, por pagador y según el retraso</translation>
    </message>
    <message>
        <source>The aged receivables: each payer&apos;s balance on issued invoices, in columns by days past the due date (current, 1–30, 31–60, 61–90, over 90).</source>
        <translation>Las cuentas por cobrar por antigüedad: el saldo de cada pagador en facturas emitidas, en columnas según los días transcurridos desde la fecha de vencimiento (al día, 1–30, 31–60, 61–90, más de 90).</translation>
    </message>
    <message>
        <source>Nothing is owed on issued invoices.</source>
        <translation>No se adeuda nada en las facturas emitidas.</translation>
    </message>
    <message>
        <source>Payer (client)</source>
        <translation>Pagador (cliente)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owed on {day}</source>
        <translation>Adeudado al {day}</translation>
    </message>
</context>
<context>
    <name>CliReconcile</name>
    <message>
        <source>compare a discharge medication list with a patient&apos;s, and apply it</source>
        <translation>comparar una lista de medicamentos del alta con la de un paciente, y aplicarla</translation>
    </message>
    <message>
        <source>Read a discharge medication list (FHIR Bundle or NDJSON, a C-CDA document, or a spreadsheet) and set it beside the patient&apos;s current medications: continued, changed, new, stopped, not on the discharge list. Without --accept nothing is changed; with it, the lines named are applied as one change, each dated &apos;hospital discharge &lt;date&gt;&apos; in the medication&apos;s history, and the reconciliation kept.</source>
        <translation>Lee una lista de medicamentos del alta (Bundle FHIR o NDJSON, un documento C-CDA o una hoja de cálculo) y la coloca junto a los medicamentos actuales del paciente: continuados, cambiados, nuevos, suspendidos, no incluidos en la lista del alta. Sin --accept no se cambia nada; con esa opción, las líneas indicadas se aplican como un solo cambio, cada una con la fecha &apos;alta hospitalaria &lt;date&gt;&apos; en el historial del medicamento, y se guarda la conciliación.</translation>
    </message>
    <message>
        <source>the patient&apos;s carebook id, or a name, phone or MRN</source>
        <translation>el id de carebook del paciente, o un nombre, teléfono o MRN</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>apply these lines: &apos;all&apos;, or numbers like 1,3,5-7 (continued lines change nothing)</source>
        <translation>aplicar estas líneas: &apos;all&apos;, o números como 1,3,5-7 (las líneas continuadas no cambian nada)</translation>
    </message>
    <message>
        <source>apply the list although its patient&apos;s name or birth date differ from ours</source>
        <translation>aplicar la lista aunque el nombre o la fecha de nacimiento de su paciente difieran de los nuestros</translation>
    </message>
    <message>
        <source>who reconciled it (default: the name in the preferences)</source>
        <translation>quién la concilió (predeterminado: el nombre de las preferencias)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (predeterminado) o json</translation>
    </message>
    <message>
        <source>write to FILE, not the screen</source>
        <translation>escribir en FILE, no en la pantalla</translation>
    </message>
    <message>
        <source>with --accept: also write the one-page &apos;medication changes after discharge&apos; sheet for the family and the GP (PDF, or HTML for a name ending .html)</source>
        <translation>con --accept: escribir además la hoja de una página &apos;cambios de medicamentos después del alta&apos; para la familia y el médico de cabecera (PDF, o HTML si el nombre termina en .html)</translation>
    </message>
    <message>
        <source>--sheet needs --accept: the sheet says what was applied</source>
        <translation>--sheet necesita --accept: la hoja indica lo que se aplicó</translation>
    </message>
    <message>
        <source>{source} lists no medicine; nothing to compare</source>
        <translation>{source} no incluye ningún medicamento; no hay nada que comparar</translation>
    </message>
    <message>
        <source>this list may not be {name}&apos;s: {differences}. Check it, then give --same-patient to apply it anyway</source>
        <translation>puede que esta lista no sea de {name}: {differences}. Revísela y luego use --same-patient para aplicarla de todos modos</translation>
    </message>
    <message>
        <source>The medication changes sheet</source>
        <translation>La hoja de cambios de medicamentos</translation>
    </message>
    <message>
        <source>Discharge list of {day} ({source}) beside {name}&apos;s medications:</source>
        <translation>Lista del alta del {day} ({source}) junto a los medicamentos de {name}:</translation>
    </message>
    <message>
        <source>Discharge list ({source}) beside {name}&apos;s medications:</source>
        <translation>Lista del alta ({source}) junto a los medicamentos de {name}:</translation>
    </message>
    <message>
        <source>  Note: {difference}</source>
        <translation>  Nota: {difference}</translation>
    </message>
    <message>
        <source>  Not read: {problem}</source>
        <translation>  No leído: {problem}</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>ahora:</translation>
    </message>
    <message>
        <source>discharge:</source>
        <translation>alta:</translation>
    </message>
    <message>
        <source>[applied]</source>
        <translation>[aplicada]</translation>
    </message>
    <message>
        <source>[not applied]</source>
        <translation>[no aplicada]</translation>
    </message>
    <message>
        <source>Nothing was changed. Give --accept all (or line numbers) to apply.</source>
        <translation>No se cambió nada. Use --accept all (o números de línea) para aplicar.</translation>
    </message>
    <message>
        <source>Applied 1 line.</source>
        <translation>Se aplicó 1 línea.</translation>
    </message>
    <message>
        <source>Applied {n} lines.</source>
        <translation>Se aplicaron {n} líneas.</translation>
    </message>
</context>
<context>
    <name>CliReports</name>
    <message>
        <source>a patient&apos;s care-plan summary as PDF, HTML or FHIR</source>
        <extracomment>An ambiguous name lists at most this many of the patients it matches.</extracomment>
        <translation>el resumen del plan de cuidados de un paciente como PDF, HTML o FHIR</translation>
    </message>
    <message>
        <source>Write a patient&apos;s care-plan summary: care team, conditions, allergies, medications, goals, interventions, appointments and tasks.</source>
        <translation>Escribe el resumen del plan de cuidados de un paciente: equipo de cuidados, afecciones, alergias, medicamentos, objetivos, intervenciones, citas y tareas.</translation>
    </message>
    <message>
        <source>pdf (default), self-contained html, or a FHIR R4 document Bundle as JSON</source>
        <translation>pdf (predeterminado), html autónomo o un Bundle de documento FHIR R4 como JSON</translation>
    </message>
    <message>
        <source>add the patient&apos;s most recent notes</source>
        <translation>agregar las notas más recientes del paciente</translation>
    </message>
    <message>
        <source>a patient&apos;s current medication list, or the changes since a date</source>
        <translation>la lista de medicamentos actual de un paciente, o los cambios desde una fecha</translation>
    </message>
    <message>
        <source>Write a patient&apos;s current medication list in large print, or with --changes-since the medications started, stopped and changed since then.</source>
        <translation>Escribe la lista de medicamentos actual de un paciente en letra grande o, con --changes-since, los medicamentos iniciados, suspendidos y cambiados desde entonces.</translation>
    </message>
    <message>
        <source>the changes from this day to today instead of the current list</source>
        <translation>los cambios desde este día hasta hoy en lugar de la lista actual</translation>
    </message>
    <message>
        <source>pdf (default) or self-contained html</source>
        <translation>pdf (predeterminado) o html autónomo</translation>
    </message>
    <message>
        <source>the patient&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <translation>el id de carebook del paciente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>write to FILE (needed for pdf; html and fhir print otherwise)</source>
        <translation>escribir en FILE (necesario para pdf; de lo contrario, html y fhir se muestran en pantalla)</translation>
    </message>
    <message>
        <source>paper size (default: as in the window&apos;s preferences, else your locale&apos;s)</source>
        <translation>tamaño del papel (predeterminado: el de las preferencias de la ventana o, si no, el de su configuración regional)</translation>
    </message>
    <message>
        <source>who prepared it (default: the name in the window&apos;s preferences)</source>
        <translation>quién lo preparó (predeterminado: el nombre de las preferencias de la ventana)</translation>
    </message>
    <message>
        <source>PATIENT is empty: give an id or part of a name</source>
        <translation>PATIENT está vacío: indique un id o parte de un nombre</translation>
    </message>
    <message>
        <source>no patient has the id {id}</source>
        <translation>ningún paciente tiene el id {id}</translation>
    </message>
    <message>
        <source>no patient matches {typed}</source>
        <translation>ningún paciente coincide con {typed}</translation>
    </message>
    <message>
        <source>{typed} matches more than one patient; give the id of the one you mean:
{listed}
  … and more: narrow the search</source>
        <translation>{typed} coincide con más de un paciente; indique el id del que desea:
{listed}
  … y más: acote la búsqueda</translation>
    </message>
    <message>
        <source>{typed} matches more than one patient; give the id of the one you mean:
{listed}</source>
        <translation>{typed} coincide con más de un paciente; indique el id del que desea:
{listed}</translation>
    </message>
    <message>
        <source>Care plan summary</source>
        <translation>Resumen del plan de cuidados</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>Medication changes</source>
        <translation>Cambios de medicamentos</translation>
    </message>
</context>
<context>
    <name>CliSafety</name>
    <message>
        <source>write a verified backup of the caseload</source>
        <translation>escribir una copia de seguridad verificada de la cartera</translation>
    </message>
    <message>
        <source>Write a backup of the caseload with SQLite&apos;s backup API (safe while the window has it open), check it, and say where it is. Without -o it goes into the backups kept in the data folder, which keep the newest of each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>Escribe una copia de seguridad de la cartera con la API de copia de seguridad de SQLite (es seguro aunque la ventana la tenga abierta), la comprueba e indica dónde está. Sin -o, va a las copias de seguridad guardadas en la carpeta de datos, que conservan la más reciente de cada uno de los últimos 7 días, 4 semanas y 12 meses.</translation>
    </message>
    <message>
        <source>write the backup to FILE instead (replacing it)</source>
        <translation>escribir la copia de seguridad en FILE (reemplazándolo)</translation>
    </message>
    <message>
        <source>replace the caseload with a backup</source>
        <translation>reemplazar la cartera por una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the caseload with the backup FILE, after checking that FILE is a healthy carebook caseload and backing up what the caseload holds now. Close the carebook window first.</source>
        <translation>Reemplaza la cartera por la copia de seguridad FILE, después de comprobar que FILE es una cartera de carebook en buen estado y de hacer una copia de seguridad de lo que contiene ahora la cartera. Cierre primero la ventana de carebook.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que se restaurará</translation>
    </message>
    <message>
        <source>replace the caseload without asking first</source>
        <translation>reemplazar la cartera sin preguntar antes</translation>
    </message>
    <message>
        <source>check the caseload file for damage and broken records</source>
        <translation>revisar el archivo de la cartera en busca de daños y registros rotos</translation>
    </message>
    <message>
        <source>Check the caseload file: SQLite&apos;s full integrity check, the links between records, and carebook&apos;s own rules (laid-out visits, care plans). Prints one line per problem, with record ids only; changes nothing. Exit status 0 when healthy, 1 when problems are found.</source>
        <translation>Revisa el archivo de la cartera: la comprobación de integridad completa de SQLite, los vínculos entre registros y las reglas propias de carebook (visitas generadas, planes de cuidados). Muestra una línea por problema, solo con ids de registros; no cambia nada. Estado de salida 0 si está en buen estado, 1 si se encuentran problemas.</translation>
    </message>
    <message>
        <source>protect the caseload and its backups with a passphrase</source>
        <translation>proteger la cartera y sus copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt the caseload file and its backups with SQLCipher under a new passphrase, typed twice on the terminal or read from the file named by ${variable}. Without the passphrase nobody can read them. Close the carebook window first.</source>
        <translation>Cifrar el archivo de la cartera y sus copias de seguridad con SQLCipher con una nueva frase de contraseña, escrita dos veces en la terminal o leída del archivo que indica ${variable}. Sin la frase de contraseña, nadie puede leerlos. Cierre primero la ventana de carebook.</translation>
    </message>
    <message>
        <source>remove the passphrase from the caseload and its backups</source>
        <translation>quitar la frase de contraseña de la cartera y de sus copias de seguridad</translation>
    </message>
    <message>
        <source>Decrypt the caseload file and its backups (their passphrase typed on the terminal or read from the file named by ${variable}), leaving them readable by anyone who has the computer. Close the window first.</source>
        <translation>Descifrar el archivo de la cartera y sus copias de seguridad (su frase de contraseña se escribe en la terminal o se lee del archivo que indica ${variable}), de modo que cualquier persona que tenga acceso a la computadora pueda leerlos. Cierre primero la ventana.</translation>
    </message>
    <message>
        <source>Backup written to {path} ({size}) and checked.</source>
        <translation>Copia de seguridad escrita en {path} ({size}) y comprobada.</translation>
    </message>
    <message>
        <source>1 backup of this caseload is kept in {folder}.</source>
        <translation>Se guarda 1 copia de seguridad de esta cartera en {folder}.</translation>
    </message>
    <message>
        <source>{n} backups of this caseload are kept in {folder}.</source>
        <translation>Se guardan {n} copias de seguridad de esta cartera en {folder}.</translation>
    </message>
    <message>
        <source>carebook: cannot restore from {problem}</source>
        <translation>carebook: no se puede restaurar a partir de {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Caseload {caseload} restored from {source}.</source>
        <translation>Cartera {caseload} restaurada a partir de {source}.</translation>
    </message>
    <message>
        <source>The damaged file that was there (no longer a database) is kept, untouched, as {path}.</source>
        <translation>El archivo dañado que había allí (que ya no es una base de datos) se conserva, sin cambios, como {path}.</translation>
    </message>
    <message>
        <source>The damaged caseload that was there is kept, untouched, as {path}.</source>
        <translation>La cartera dañada que había allí se conserva, sin cambios, como {path}.</translation>
    </message>
    <message>
        <source>What the caseload held before is backed up at {path}.</source>
        <translation>Lo que contenía la cartera antes está guardado en una copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>There was no caseload there before.</source>
        <translation>Antes no había ninguna cartera allí.</translation>
    </message>
    <message>
        <source>restore replaces the caseload {caseload}; there is no terminal to ask on, so add --yes to confirm</source>
        <translation>restore reemplaza la cartera {caseload}; no hay ninguna terminal en la que preguntar, así que agregue --yes para confirmar</translation>
    </message>
    <message>
        <source>Replace the caseload {caseload} with {source}? What it holds now is backed up first. [y/N] </source>
        <translation>¿Reemplazar la cartera {caseload} por {source}? Antes se hace una copia de seguridad de lo que contiene ahora. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Checked {caseload}:</source>
        <translation>Revisión de {caseload}:</translation>
    </message>
    <message>
        <source>{caseload} is already protected by a passphrase</source>
        <translation>{caseload} ya está protegida con una frase de contraseña</translation>
    </message>
    <message>
        <source>{caseload} is not protected by a passphrase</source>
        <translation>{caseload} no está protegida con una frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>the passphrase is not right; nothing was changed</source>
        <translation>la frase de contraseña no es correcta; no se cambió nada</translation>
    </message>
    <message>
        <source>The caseload {caseload} and its backups are protected by the passphrase; keep it safe: without it nobody can read them.</source>
        <translation>La cartera {caseload} y sus copias de seguridad están protegidas con la frase de contraseña; guárdela en un lugar seguro: sin ella, nadie puede leerlas.</translation>
    </message>
    <message>
        <source>The caseload {caseload} and its backups are no longer protected: anyone who has the computer can read them.</source>
        <translation>La cartera {caseload} y sus copias de seguridad ya no están protegidas: cualquier persona que tenga acceso a la computadora puede leerlas.</translation>
    </message>
</context>
<context>
    <name>CliSample</name>
    <message>
        <source>fill an empty caseload with a realistic synthetic sample</source>
        <translation>llenar una cartera vacía con una muestra sintética realista</translation>
    </message>
    <message>
        <source>Fill an empty caseload with a deterministic synthetic sample caseload.</source>
        <translation>Llena una cartera vacía con una cartera de muestra sintética determinista.</translation>
    </message>
    <message>
        <source>how many patients (default: 40)</source>
        <translation>cuántos pacientes (predeterminado: 40)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same caseload (default: 1)</source>
        <translation>semilla aleatoria; la misma semilla da la misma cartera (predeterminado: 1)</translation>
    </message>
    <message>
        <source>add the sample even though the caseload already has records</source>
        <translation>agregar la muestra aunque la cartera ya tenga registros</translation>
    </message>
    <message>
        <source>--patients must be between 1 and 100000</source>
        <translation>--patients debe estar entre 1 y 100000</translation>
    </message>
    <message>
        <source>Sample caseload written to {path} in {seconds} s: {patients} patients, {contacts} contacts, {medications} medications, {appointments} appointments ({visits} visits laid out), {tasks} tasks, {care_plans} care plans.</source>
        <translation>Cartera de muestra guardada en {path} en {seconds} s: {patients} pacientes, {contacts} contactos, {medications} medicamentos, {appointments} citas ({visits} visitas programadas), {tasks} tareas, {care_plans} planes de cuidados.</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>make or join a team that shares this caseload through a hub</source>
        <extracomment>A sync that could not reach the hub (offline): not a failure of carebook&apos;s, but said so.</extracomment>
        <translation>crear un equipo o unirse a uno que comparte esta cartera a través de un servidor central</translation>
    </message>
    <message>
        <source>A team&apos;s computers share one caseload through a PostgreSQL hub. Each keeps its own caseload and works offline; sync sends and receives the changes, sealed with the team key so the hub never sees a name, a date of birth or a medication.</source>
        <translation>Las computadoras de un equipo comparten una cartera a través de un servidor central PostgreSQL. Cada una conserva su propia cartera y trabaja sin conexión; la sincronización envía y recibe los cambios, sellados con la clave del equipo, para que el servidor central nunca vea un nombre, una fecha de nacimiento ni un medicamento.</translation>
    </message>
    <message>
        <source>set up the hub and a new team, with its key</source>
        <translation>configurar el servidor central y un equipo nuevo, con su clave</translation>
    </message>
    <message>
        <source>write the team key&apos;s recovery phrase to this new file (else it is printed once)</source>
        <translation>escribir la frase de recuperación de la clave del equipo en este archivo nuevo (si no, se muestra una sola vez)</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>el nombre del equipo</translation>
    </message>
    <message>
        <source>join a team; this caseload may already hold records</source>
        <translation>unirse a un equipo; es posible que esta cartera ya contenga registros</translation>
    </message>
    <message>
        <source>the team&apos;s key file, or - to type the recovery phrase on standard input</source>
        <translation>el archivo de clave del equipo, o - para escribir la frase de recuperación en la entrada estándar</translation>
    </message>
    <message>
        <source>show the team key, for another computer to join with</source>
        <translation>mostrar la clave del equipo, para que otra computadora se una con ella</translation>
    </message>
    <message>
        <source>The team key this computer keeps, as its recovery phrase, a QR code or a key file. Anyone holding it can read everything the team shares.</source>
        <translation>La clave del equipo que guarda esta computadora, como su frase de recuperación, un código QR o un archivo de clave. Quien la tenga puede leer todo lo que comparte el equipo.</translation>
    </message>
    <message>
        <source>also draw it as a QR code</source>
        <translation>dibujarla también como código QR</translation>
    </message>
    <message>
        <source>write it to this new key file instead of showing it</source>
        <translation>escribirla en este archivo de clave nuevo en lugar de mostrarla</translation>
    </message>
    <message>
        <source>list the team&apos;s computers</source>
        <translation>mostrar las computadoras del equipo</translation>
    </message>
    <message>
        <source>take this computer out of the team</source>
        <translation>retirar esta computadora del equipo</translation>
    </message>
    <message>
        <source>leave even though changes made here have not been sent</source>
        <translation>salir aunque los cambios hechos aquí no se hayan enviado</translation>
    </message>
    <message>
        <source>send and receive the team&apos;s changes</source>
        <translation>enviar y recibir los cambios del equipo</translation>
    </message>
    <message>
        <source>Send this caseload&apos;s changes to the team&apos;s hub and merge the others&apos;, until nothing waits. Exit status 0 when done, 4 when the hub cannot be reached.</source>
        <translation>Envía los cambios de esta cartera al servidor central del equipo e incorpora los de las demás, hasta que no quede nada pendiente. Estado de salida 0 al terminar, 4 si no se puede conectar con el servidor central.</translation>
    </message>
    <message>
        <source>status: only say how it stands</source>
        <translation>status: solo indicar el estado actual</translation>
    </message>
    <message>
        <source>one round only</source>
        <translation>una sola ronda</translation>
    </message>
    <message>
        <source>list or settle what two computers changed at once</source>
        <translation>mostrar o resolver lo que dos computadoras cambiaron al mismo tiempo</translation>
    </message>
    <message>
        <source>the hub, as postgresql://USER@HOST/DATABASE (TLS with a verified certificate; sslmode=disable only on this computer)</source>
        <translation>el servidor central, como postgresql://USER@HOST/DATABASE (TLS con un certificado verificado; sslmode=disable solo en esta computadora)</translation>
    </message>
    <message>
        <source>the team&apos;s key file, where this computer does not keep the key</source>
        <translation>el archivo de clave del equipo, si esta computadora no guarda la clave</translation>
    </message>
    <message>
        <source>Team {name} set up on the hub.</source>
        <translation>El equipo {name} se configuró en el servidor central.</translation>
    </message>
    <message>
        <source>The team key&apos;s recovery phrase (shown once; write it down):</source>
        <translation>La frase de recuperación de la clave del equipo (se muestra una sola vez; anótela):</translation>
    </message>
    <message>
        <source>The team key is in {file}; keep it safe.</source>
        <translation>La clave del equipo está en {file}; guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Joined team {name}.</source>
        <translation>Se unió al equipo {name}.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>1 change made here has not been sent; the team would never get it. Run carebook sync first, or leave with --force.</source>
        <translation>1 cambio hecho aquí no se ha enviado; el equipo nunca lo recibiría. Ejecute primero carebook sync, o salga con --force.</translation>
    </message>
    <message>
        <source>{count} changes made here have not been sent; the team would never get them. Run carebook sync first, or leave with --force.</source>
        <translation>{count} cambios hechos aquí no se han enviado; el equipo nunca los recibiría. Ejecute primero carebook sync, o salga con --force.</translation>
    </message>
    <message>
        <source>This computer has left the team; its caseload keeps every record.</source>
        <translation>Esta computadora salió del equipo; su cartera conserva todos los registros.</translation>
    </message>
    <message>
        <source>{count} records wait to be sent; run carebook sync.</source>
        <translation>{count} registros esperan ser enviados; ejecute carebook sync.</translation>
    </message>
    <message>
        <source>Synced: changes sent {sent}, received {received}; new conflicts {conflicts}.</source>
        <translation>Sincronizado: cambios enviados {sent}, recibidos {received}; conflictos nuevos {conflicts}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {waiting}</source>
        <translation>Cambios pendientes de enviar: {waiting}</translation>
    </message>
    <message>
        <source>Conflicts to settle: {conflicts}</source>
        <translation>Conflictos por resolver: {conflicts}</translation>
    </message>
    <message>
        <source>No conflicts: every computer agrees.</source>
        <translation>No hay conflictos: todas las computadoras coinciden.</translation>
    </message>
    <message>
        <source>    this computer:  {value}</source>
        <translation>    esta computadora: {value}</translation>
    </message>
    <message>
        <source>    other computer: {value}</source>
        <translation>    otra computadora: {value}</translation>
    </message>
    <message>
        <source>changed on both computers</source>
        <translation>cambiado en las dos computadoras</translation>
    </message>
    <message>
        <source>deleted on another computer, changed here</source>
        <translation>eliminado en otra computadora, cambiado aquí</translation>
    </message>
    <message>
        <source>deleted here, changed on another computer</source>
        <translation>eliminado aquí, cambiado en otra computadora</translation>
    </message>
    <message>
        <source>This caseload is not in a team.</source>
        <translation>Esta cartera no pertenece a un equipo.</translation>
    </message>
    <message>
        <source>Team {team} on {hub}</source>
        <translation>Equipo {team} en {hub}</translation>
    </message>
    <message>
        <source>Last synced: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last try: {trouble}</source>
        <translation>Último intento: {trouble}</translation>
    </message>
    <message>
        <source>Say which conflict and what to keep: resolve ID --keep mine|theirs</source>
        <translation>Indique qué conflicto y qué conservar: resolve ID --keep mine|theirs</translation>
    </message>
    <message>
        <source>Settled; the choice is sent with the next sync.</source>
        <translation>Resuelto; la elección se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>({size} bytes)</source>
        <translation>({size} bytes)</translation>
    </message>
</context>
<context>
    <name>CliTimeEntries</name>
    <message>
        <source>the client&apos;s carebook id, or a name (or phone, or MRN) to find</source>
        <extracomment>The activity a timer or an entry is kept under when none is named.</extracomment>
        <translation>el id de carebook del cliente, o un nombre (o teléfono, o MRN) para buscarlo</translation>
    </message>
    <message>
        <source>keep time for clients: add it, time it, list it</source>
        <translation>registrar tiempo para clientes: agregarlo, cronometrarlo, listarlo</translation>
    </message>
    <message>
        <source>Time kept for clients, billed at the rate of the client and activity when it is kept (see `carebook rates`).</source>
        <translation>Tiempo registrado para clientes, facturado a la tarifa del cliente y de la actividad vigente cuando se registra (consulte `carebook rates`).</translation>
    </message>
    <message>
        <source>keep time already spent</source>
        <translation>registrar tiempo ya dedicado</translation>
    </message>
    <message>
        <source>minutes (50), or hours:minutes (1:30)</source>
        <translation>minutos (50) u horas:minutos (1:30)</translation>
    </message>
    <message>
        <source>what the invoice says of it</source>
        <translation>lo que dice la factura al respecto</translation>
    </message>
    <message>
        <source>keep it, but never bill it</source>
        <translation>registrarlo, pero no facturarlo nunca</translation>
    </message>
    <message>
        <source>start the timer (it survives a restart; one at a time)</source>
        <translation>iniciar el cronómetro (sigue aunque se reinicie; uno a la vez)</translation>
    </message>
    <message>
        <source>started earlier today, at this time</source>
        <translation>iniciado hoy más temprano, a esta hora</translation>
    </message>
    <message>
        <source>stop the timer and keep its time</source>
        <translation>detener el cronómetro y registrar su tiempo</translation>
    </message>
    <message>
        <source>how long it really was (a timer left running overnight, a break taken)</source>
        <translation>cuánto duró realmente (un cronómetro que quedó en marcha toda la noche, un descanso)</translation>
    </message>
    <message>
        <source>stop the timer keeping no time (started by mistake)</source>
        <translation>detener el cronómetro sin registrar tiempo (iniciado por error)</translation>
    </message>
    <message>
        <source>list time entries, with their totals</source>
        <translation>listar los registros de tiempo, con sus totales</translation>
    </message>
    <message>
        <source>only billable time not billed</source>
        <translation>solo el tiempo facturable aún no facturado</translation>
    </message>
    <message>
        <source>write to FILE</source>
        <translation>escribir en FILE</translation>
    </message>
    <message>
        <source>change a time entry (not one on an issued invoice)</source>
        <translation>cambiar un registro de tiempo (no uno de una factura emitida)</translation>
    </message>
    <message>
        <source>the entry&apos;s id (see `time list`)</source>
        <translation>el id del registro (consulte `time list`)</translation>
    </message>
    <message>
        <source>remove a time entry (not a billed one)</source>
        <translation>eliminar un registro de tiempo (no uno facturado)</translation>
    </message>
    <message>
        <source>Time entry {id} removed.</source>
        <translation>Registro de tiempo {id} eliminado.</translation>
    </message>
    <message>
        <source>--activity is empty: name the activity (Home visit, Phone call …)</source>
        <translation>--activity está vacío: indique la actividad (Visita domiciliaria, Llamada telefónica …)</translation>
    </message>
    <message>
        <source>{warning} It is kept; change the rate with `carebook rates set`.</source>
        <translation>{warning} Se registró de todos modos; cambie la tarifa con `carebook rates set`.</translation>
    </message>
    <message>
        <source>Kept {said} (entry {id}).</source>
        <translation>Registrado: {said} (registro {id}).</translation>
    </message>
    <message>
        <source>{minutes} of {activity} for {name} on {day}, billable at {rate} an hour</source>
        <translation>{minutes} de {activity} para {name} el {day}, facturable a {rate} por hora</translation>
    </message>
    <message>
        <source>{minutes} of {activity} for {name} on {day}, a fixed {fee}</source>
        <translation>{minutes} de {activity} para {name} el {day}, con una tarifa fija de {fee}</translation>
    </message>
    <message>
        <source>{minutes} of {activity} for {name} on {day}, not billed</source>
        <translation>{minutes} de {activity} para {name} el {day}, sin facturar</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>paciente {id}</translation>
    </message>
    <message>
        <source>a timer has been running since {when} ({activity} for {name}); stop it first with `carebook time stop`</source>
        <translation>hay un cronómetro en marcha desde {when} ({activity} para {name}); deténgalo primero con `carebook time stop`</translation>
    </message>
    <message>
        <source>--at is a time today such as 09:30 (got {typed})</source>
        <translation>--at es una hora de hoy, por ejemplo, 09:30 (se recibió {typed})</translation>
    </message>
    <message>
        <source>--at {typed} is still to come; a timer starts now or earlier</source>
        <translation>--at {typed} todavía no ha llegado; un cronómetro se inicia ahora o antes</translation>
    </message>
    <message>
        <source>Timer started at {time}: {activity} for {name}.</source>
        <translation>Cronómetro iniciado a las {time}: {activity} para {name}.</translation>
    </message>
    <message>
        <source>no timer is running; start one with `carebook time start PATIENT`</source>
        <translation>no hay ningún cronómetro en marcha; inicie uno con `carebook time start PATIENT`</translation>
    </message>
    <message>
        <source>Timer since {time} discarded; no time kept.</source>
        <translation>Se descartó el cronómetro iniciado a las {time}; no se registró tiempo.</translation>
    </message>
    <message>
        <source>the timer has been running since {when}; say how long the work really was with --minutes N, or --discard it</source>
        <translation>el cronómetro está en marcha desde {when}; indique cuánto duró realmente el trabajo con --minutes N, o descártelo con --discard</translation>
    </message>
    <message>
        <source>Kept {minutes} of {activity} for {name} (since {time}; entry {id}).</source>
        <translation>Registrado: {minutes} de {activity} para {name} (desde las {time}; registro {id}).</translation>
    </message>
    <message>
        <source>there is no time entry {id}; see `carebook time list`</source>
        <translation>no existe el registro de tiempo {id}; consulte `carebook time list`</translation>
    </message>
    <message>
        <source>Entry {id}: {said}.</source>
        <translation>Registro {id}: {said}.</translation>
    </message>
    <message>
        <source>Draft invoice {number} drawn again.</source>
        <translation>Se volvió a generar el borrador de la factura {number}.</translation>
    </message>
    <message>
        <source>No time entries.</source>
        <translation>No hay registros de tiempo.</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>factura {number}</translation>
    </message>
    <message>
        <source>1 entry, {time}, {amount} billable.</source>
        <translation>1 registro, {time}, {amount} facturables.</translation>
    </message>
    <message>
        <source>{n} entries, {time}, {amount} billable.</source>
        <translation>{n} registros, {time}, {amount} facturables.</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>sin facturar</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
</context>
<context>
    <name>CliTrips</name>
    <message>
        <source>the mileage log: add a trip, print a year&apos;s log</source>
        <translation>el registro de millaje: agregar un trayecto, imprimir el registro de un año</translation>
    </message>
    <message>
        <source>Trips in the caseload&apos;s distance unit (miles, or km: see `rates set --unit`).</source>
        <translation>Trayectos en la unidad de distancia de la cartera (millas o km: consulte `rates set --unit`).</translation>
    </message>
    <message>
        <source>log a trip</source>
        <translation>registrar un trayecto</translation>
    </message>
    <message>
        <source>Log one trip. Its distance is --miles (or --distance: the same, in the caseload&apos;s unit, miles or km), or --km in a caseload kept in km, or the odometer at its start and end. A trip for a client (--patient) is billed to her at her mileage rate unless --no-bill. A trip over 1,000 needs --yes.</source>
        <translation>Registra un trayecto. Su distancia es --miles (o --distance: lo mismo, en la unidad de la cartera, millas o km), o --km en una cartera que usa km, o el odómetro al inicio y al final. Un trayecto para un cliente (--patient) se le factura a su tarifa de millaje salvo con --no-bill. Un trayecto de más de 1,000 necesita --yes.</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>solo ida</translation>
    </message>
    <message>
        <source>one way, in a caseload kept in km</source>
        <translation>solo ida, en una cartera que usa km</translation>
    </message>
    <message>
        <source>what the trip was for, as logged</source>
        <translation>para qué fue el trayecto, tal como se registra</translation>
    </message>
    <message>
        <source>the standard rate it is valued at (default: business)</source>
        <translation>la tarifa estándar con la que se valora (predeterminado: business)</translation>
    </message>
    <message>
        <source>the client the trip was for</source>
        <translation>el cliente para quien fue el trayecto</translation>
    </message>
    <message>
        <source>there and back: counts twice</source>
        <translation>ida y vuelta: cuenta dos veces</translation>
    </message>
    <message>
        <source>do not bill it to the client</source>
        <translation>no facturarlo al cliente</translation>
    </message>
    <message>
        <source>keep a trip over 1,000 as given</source>
        <translation>guardar tal cual un trayecto de más de 1,000</translation>
    </message>
    <message>
        <source>a year&apos;s mileage log, valued at the standard rates</source>
        <translation>el registro de millaje de un año, valorado a las tarifas estándar</translation>
    </message>
    <message>
        <source>write to FILE (needed for pdf)</source>
        <translation>escribir en FILE (necesario para pdf)</translation>
    </message>
    <message>
        <source>this caseload logs miles; give the distance in miles with --miles</source>
        <translation>esta cartera registra millas; indique la distancia en millas con --miles</translation>
    </message>
    <message>
        <source>give both --odometer-start and --odometer-end</source>
        <translation>indique --odometer-start y también --odometer-end</translation>
    </message>
    <message>
        <source>give the distance with {option}, or --odometer-start and --odometer-end</source>
        <translation>indique la distancia con {option}, o con --odometer-start y --odometer-end</translation>
    </message>
    <message>
        <source>give the distance once</source>
        <translation>indique la distancia una sola vez</translation>
    </message>
    <message>
        <source>the distance is more than 0</source>
        <translation>la distancia debe ser mayor que 0</translation>
    </message>
    <message>
        <source>--purpose is empty: say what the trip was for</source>
        <translation>--purpose está vacío: indique para qué fue el trayecto</translation>
    </message>
    <message>
        <source>a trip of {distance} {unit} is over 1,000 {unit}; check the distance, or give --yes to keep it as it is</source>
        <translation>un trayecto de {distance} {unit} supera los 1,000 {unit}; revise la distancia, o indique --yes para guardarlo tal cual</translation>
    </message>
    <message>
        <source>Trip {id}: {route}, {distance} {unit} on {day} (billed to the client).</source>
        <translation>Trayecto {id}: {route}, {distance} {unit} el {day} (facturado al cliente).</translation>
    </message>
    <message>
        <source>Trip {id}: {route}, {distance} {unit} on {day}.</source>
        <translation>Trayecto {id}: {route}, {distance} {unit} el {day}.</translation>
    </message>
    <message>
        <source>--year {year} is not a year to log trips in</source>
        <translation>--year {year} no es un año válido para registrar trayectos</translation>
    </message>
    <message>
        <source>Mileage log</source>
        <translation>Registro de millaje</translation>
    </message>
    <message>
        <source>No trips logged in {year}.</source>
        <translation>No hay trayectos registrados en {year}.</translation>
    </message>
    <message>
        <source>Mileage log {year} ({unit})</source>
        <translation>Registro de millaje {year} ({unit})</translation>
    </message>
    <message>
        <source>{purpose}: {distance} {unit} at {rate} = {value}</source>
        <translation>{purpose}: {distance} {unit} a {rate} = {value}</translation>
    </message>
    <message>
        <source>Total: 1 trip, {distance} {unit}, {value}</source>
        <translation>Total: 1 trayecto, {distance} {unit}, {value}</translation>
    </message>
    <message>
        <source>Total: {n} trips, {distance} {unit}, {value}</source>
        <translation>Total: {n} trayectos, {distance} {unit}, {value}</translation>
    </message>
    <message>
        <source>{start} to {end} and back</source>
        <translation>De {start} a {end}, ida y vuelta</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>De {start} a {end}</translation>
    </message>
</context>
<context>
    <name>ClinicalRules</name>
    <message>
        <source>Choose the instrument (PHQ-9, Katz ADL …).</source>
        <translation>Elija el instrumento (PHQ-9, Katz ADL …).</translation>
    </message>
    <message>
        <source>An assessment cannot be dated in the future.</source>
        <translation>Una evaluación no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>A total is 0 or more.</source>
        <translation>El total debe ser 0 o más.</translation>
    </message>
    <message>
        <source>Name the measure (e.g. &apos;Calf girth, left&apos;).</source>
        <translation>Escriba el nombre de la medida (p. ej., &apos;Perímetro de pantorrilla, izquierda&apos;).</translation>
    </message>
    <message>
        <source>Give the measure&apos;s unit (e.g. &apos;cm&apos;).</source>
        <translation>Indique la unidad de la medida (p. ej., &apos;cm&apos;).</translation>
    </message>
    <message>
        <source>A range&apos;s top is at or above its bottom.</source>
        <translation>El máximo de un rango debe ser igual o mayor que su mínimo.</translation>
    </message>
    <message>
        <source>A reading cannot be taken in the future.</source>
        <translation>Una lectura no puede tomarse en el futuro.</translation>
    </message>
    <message>
        <source>That measure is no longer defined.</source>
        <translation>Esa medida ya no está definida.</translation>
    </message>
    <message>
        <source>{measure} of {value:g} {unit} is outside {low}–{high}.</source>
        <translation>{measure} de {value:g} {unit} está fuera del rango {low}–{high}.</translation>
    </message>
    <message>
        <source>No measure &apos;{kind}&apos;.</source>
        <translation>No existe la medida &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Give the document a title (e.g. &apos;Advance directive, 2024&apos;).</source>
        <translation>Ponga un título al documento (p. ej., &apos;Directiva anticipada, 2024&apos;).</translation>
    </message>
    <message>
        <source>A document cannot be signed on a day still to come.</source>
        <translation>Un documento no puede estar firmado en un día que aún no ha llegado.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>ColumnFit</name>
    <message>
        <source>%s “%s”</source>
        <extracomment>Rows measured besides those on screen: the first page of any list. The narrowest a text column is squeezed to, in average characters, when room is short.</extracomment>
        <translation>%s “%s”</translation>
    </message>
    <message>
        <source>%s empty</source>
        <translation>%s vacío</translation>
    </message>
    <message>
        <source>Hidden while every row says the same (right-click to show): %s</source>
        <translation>Oculta mientras todas las filas dicen lo mismo (haga clic derecho para mostrarla): %s</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Every row shows the same value</source>
        <translation>Todas las filas muestran el mismo valor</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. The choices come from the column names; columns set to “Do not import” are left out.</source>
        <translation>Elija qué contiene cada columna del archivo. Las opciones se basan en los nombres de las columnas; las columnas marcadas como “No importar” se omiten.</translation>
    </message>
    <message>
        <source>How does this file write dates?</source>
        <translation>¿Cómo escribe este archivo las fechas?</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>(column %d, no name)</source>
        <translation>(columna %d, sin nombre)</translation>
    </message>
    <message>
        <source>Import %s as</source>
        <translation>Importar %s como</translation>
    </message>
    <message>
        <source>Dates are read as {order}, as {text} on row {row} shows.</source>
        <translation>Las fechas se leen como {order}, como muestra {text} en la fila {row}.</translation>
    </message>
    <message>
        <source>&amp;Day first, day/month/year: {example} is {day}</source>
        <translation>&amp;Día primero, día/mes/año: {example} es {day}</translation>
    </message>
    <message>
        <source>&amp;Month first, month/day/year: {example} is {day}</source>
        <translation>&amp;Mes primero, mes/día/año: {example} es {day}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Apply</source>
        <extracomment>The columns, in order: the accept box first, where the keyboard starts.</extracomment>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>On the discharge list</source>
        <translation>En la lista del alta</translation>
    </message>
</context>
<context>
    <name>ConditionStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>some text in the caseload is damaged (not readable as written) and is shown with � where it is; run `carebook check` to see which records, and retype those values</source>
        <extracomment>What the command line and the window say when they have read damaged text (translated where shown, in context &quot;Connection&quot;).</extracomment>
        <translation>parte del texto de la cartera está dañado (no se puede leer tal como se escribió) y se muestra con � donde aparece; ejecute `carebook check` para ver qué registros, y vuelva a escribir esos valores</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Apoderado</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Nurse practitioner</source>
        <translation>Enfermero practicante</translation>
    </message>
    <message>
        <source>Community resource</source>
        <translation>Recurso comunitario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>That contact is already on the care team in that role.</source>
        <translation>Ese contacto ya está en el equipo de cuidados con esa función.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>A report of where it happened (with no patient information) is in {report}.</source>
        <extracomment>How many reports are kept; older ones are removed when a new one is written. Exit status of a command that stopped on an unexpected error (BSD&apos;s EX_SOFTWARE).</extracomment>
        <translation>Hay un informe de dónde ocurrió (sin información de pacientes) en {report}.</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>No se pudo escribir ningún informe.</translation>
    </message>
    <message>
        <source>carebook stopped because of a problem it did not expect ({kind}); anything already saved is kept.</source>
        <translation>carebook se detuvo por un problema inesperado ({kind}); todo lo que ya se había guardado se conserva.</translation>
    </message>
    <message>
        <source>carebook met a problem it did not expect ({kind}); anything already saved is kept.</source>
        <translation>carebook encontró un problema inesperado ({kind}); todo lo que ya se había guardado se conserva.</translation>
    </message>
    <message>
        <source>carebook: interrupted</source>
        <translation>carebook: interrumpido</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>The date {day} is outside the dates carebook keeps ({earliest} to {latest}); check the year</source>
        <extracomment>The one range of dates carebook accepts anywhere: typed in a form, imported, or asked for on the command line. Back far enough for the oldest birth dates and histories, ahead far enough for any plan, and far from the ends of Python&apos;s calendar (9999) so that a date moved to another time zone, or a year of visits laid out after it, can never overflow.</extracomment>
        <translation>La fecha {day} está fuera de las fechas que carebook admite ({earliest} a {latest}); revise el año</translation>
    </message>
    <message>
        <source>{what} {day} is outside the dates carebook keeps ({earliest} to {latest}); check the year</source>
        <translation>{what} {day} está fuera de las fechas que carebook guarda (de {earliest} a {latest}); revise el año</translation>
    </message>
    <message>
        <source>there is no month {month} (months go from 1 to 12)</source>
        <translation>no existe el mes {month} (los meses van del 1 al 12)</translation>
    </message>
    <message>
        <source>the year {year} is not one carebook can keep</source>
        <translation>el año {year} no es uno que carebook pueda guardar</translation>
    </message>
    <message>
        <source>there is no day {day} in {month} {year}</source>
        <translation>no existe el día {day} en {month} de {year}</translation>
    </message>
    <message>
        <source>there is no {day} {month} {year} ({month} {year} has {days} days)</source>
        <translation>no existe el {day} de {month} de {year} ({month} de {year} tiene {days} días)</translation>
    </message>
    <message>
        <source>date must be written YYYY-MM-DD, e.g. 2026-03-31 (got {text})</source>
        <translation>la fecha debe escribirse YYYY-MM-DD, p. ej. 2026-03-31 (se recibió {text})</translation>
    </message>
    <message>
        <source>date {day} is outside the dates carebook keeps ({earliest} to {latest}); check the year</source>
        <translation>la fecha {day} está fuera de las fechas que carebook admite ({earliest} a {latest}); revise el año</translation>
    </message>
    <message>
        <source>{what} must be written YYYY-MM-DD, e.g. 2026-03-31 (got {text})</source>
        <translation>{what} debe escribirse YYYY-MM-DD, p. ej., 2026-03-31 (se recibió {text})</translation>
    </message>
    <message>
        <source>date {text} is not a real calendar date: {said}</source>
        <translation>la fecha {text} no es una fecha real del calendario: {said}</translation>
    </message>
    <message>
        <source>{what} {text} is not a real calendar date: {said}</source>
        <translation>{what} {text} no es una fecha real del calendario: {said}</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheets, no days</source>
        <extracomment>Ruled lines left for handwritten notes on each patient sheet.</extracomment>
        <translation>Hojas del día, sin días</translation>
    </message>
    <message>
        <source>Day sheet, {day}</source>
        <translation>Hoja del día, {day}</translation>
    </message>
    <message>
        <source>Day sheets, {first} to {last}</source>
        <translation>Hojas del día, de {first} a {last}</translation>
    </message>
    <message>
        <source>{title}, prepared by {name}</source>
        <translation>{title}, preparada por {name}</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} visitas</translation>
    </message>
    <message>
        <source>1 overdue task</source>
        <translation>1 tarea atrasada</translation>
    </message>
    <message>
        <source>{n} overdue tasks</source>
        <translation>{n} tareas atrasadas</translation>
    </message>
    <message>
        <source>1 task due</source>
        <translation>1 tarea que vence</translation>
    </message>
    <message>
        <source>{n} tasks due</source>
        <translation>{n} tareas que vencen</translation>
    </message>
    <message>
        <source>printed {date} · {summary}</source>
        <translation>impresa el {date} · {summary}</translation>
    </message>
    <message>
        <source>Prepared by {name} · {printed}</source>
        <translation>Preparada por {name} · {printed}</translation>
    </message>
    <message>
        <source>Day sheet · {day} · {name}</source>
        <translation>Hoja del día · {day} · {name}</translation>
    </message>
    <message>
        <source>Day sheet · {day}</source>
        <translation>Hoja del día · {day}</translation>
    </message>
    <message>
        <source>DAY SHEET</source>
        <translation>HOJA DEL DÍA</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas atrasadas</translation>
    </message>
    <message>
        <source>Overdue tasks ({count})</source>
        <translation>Tareas atrasadas ({count})</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tareas que vencen hoy</translation>
    </message>
    <message>
        <source>Tasks due today ({count})</source>
        <translation>Tareas que vencen hoy ({count})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Visits ({count})</source>
        <translation>Visitas ({count})</translation>
    </message>
    <message>
        <source>No visits booked.</source>
        <translation>No hay visitas programadas.</translation>
    </message>
    <message>
        <source>⚠ Overlaps {times}</source>
        <translation>⚠ Se superpone con {times}</translation>
    </message>
    <message>
        <source>to {time}</source>
        <translation>hasta {time}</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Transport {transport}</source>
        <translation>Transporte {transport}</translation>
    </message>
    <message>
        <source>{kind}: {purpose}</source>
        <translation>{kind}: {purpose}</translation>
    </message>
    <message>
        <source>Not recorded: ask</source>
        <extracomment>A visit&apos;s allergy cell when none is listed: the clinical short forms, or a prompt to ask (&quot;None recorded&quot; read as &quot;none known&quot; to a nurse glancing at the sheet).</extracomment>
        <translation>No registradas: pregunte</translation>
    </message>
    <message>
        <source>NKDA</source>
        <translation>NKDA</translation>
    </message>
    <message>
        <source>NKA</source>
        <translation>NKA</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>({status})</source>
        <translation>({status})</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{date} (1 day late)</source>
        <translation>{date} (1 día de atraso)</translation>
    </message>
    <message>
        <source>{date} ({n} days late)</source>
        <translation>{date} ({n} días de atraso)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reviews due at today&apos;s visits ({count})</source>
        <translation>Revisiones pendientes en las visitas de hoy ({count})</translation>
    </message>
    <message>
        <source>Patient sheet · {name} · {day}</source>
        <translation>Hoja del paciente · {name} · {day}</translation>
    </message>
    <message>
        <source>PATIENT SHEET · {day}</source>
        <translation>HOJA DEL PACIENTE · {day}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Visit {number}</source>
        <translation>Visita {number}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>{phone} or {other}</source>
        <translation>{phone} o {other}</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Sin registros</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>No access notes</source>
        <translation>Sin notas de acceso</translation>
    </message>
    <message>
        <source>Visit, address and access</source>
        <translation>Visita, dirección y acceso</translation>
    </message>
    <message>
        <source>Open tasks and reviews due ({count})</source>
        <translation>Tareas abiertas y revisiones pendientes ({count})</translation>
    </message>
    <message>
        <source>medication</source>
        <extracomment>What a review is of, as its line names it.</extracomment>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Medication changes since the last visit on {date}</source>
        <translation>Cambios de medicamentos desde la última visita, el {date}</translation>
    </message>
    <message>
        <source>Medication changes in the last {n} days</source>
        <translation>Cambios de medicamentos en los últimos {n} días</translation>
    </message>
</context>
<context>
    <name>DaySheetPreview</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>day sheet for {days}</source>
        <translation>hoja del día de {days}</translation>
    </message>
    <message>
        <source>Day sheet {days}.pdf</source>
        <translation>Hoja del día {days}.pdf</translation>
    </message>
    <message>
        <source>Patient sheets</source>
        <translation>Hojas de pacientes</translation>
    </message>
    <message>
        <source>Add a sheet for each patient visited: contacts, allergies, medications and recent changes, open tasks, room for notes</source>
        <translation>Agregar una hoja por cada paciente visitado: contactos, alergias, medicamentos y cambios recientes, tareas abiertas, espacio para notas</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>1 patient</source>
        <extracomment>The record tables whose ids a bundle assigns (the keys of Store.next_ids()). The most patients one coordinator carries. Her sample diary never double-books; a bigger caseload is a team&apos;s, whose visits the sample does not share out among its coordinators, so they are timed patient by patient and may overlap (and a 10,000-patient caseload stays quick to make and as full as the benchmarks expect). Patients written per transaction by a large demo: few enough that the memory a demo takes stays the same for 10,000 or 100,000; the statistics are gathered once, after the last.</extracomment>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pacientes</translation>
    </message>
    <message>
        <source>0 patients, {contacts} contacts and {tasks} tasks</source>
        <translation>0 pacientes, {contacts} contactos y {tasks} tareas</translation>
    </message>
    <message>
        <source>The caseload already has {held}; the demo caseload would be mixed in with them. Pass --force to add it anyway.</source>
        <translation>La cartera ya tiene {held}; la cartera de demostración se mezclaría con ellos. Use --force para agregarla de todos modos.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Not on any patient&apos;s care team yet.</source>
        <extracomment>The most patients a contact&apos;s form names, and its row&apos;s menu offers to open.</extracomment>
        <translation>Aún no está en el equipo de cuidados de ningún paciente.</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> y %s más</translation>
    </message>
    <message>
        <source>Serves 1 patient: %s</source>
        <translation>Atiende a 1 paciente: %s</translation>
    </message>
    <message>
        <source>Serves %s patients: %s</source>
        <translation>Atiende a %s pacientes: %s</translation>
    </message>
    <message>
        <source>Patients it serves</source>
        <translation>Pacientes que atiende</translation>
    </message>
    <message>
        <source>It leaves the care team of %s patients.</source>
        <translation>Saldrá del equipo de cuidados de %s pacientes.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Open %s&apos;s record</source>
        <translation>Abrir el expediente de %s</translation>
    </message>
</context>
<context>
    <name>DischargeImport</name>
    <message>
        <source>{where}: {medicine} is marked as entered in error, so it is left out</source>
        <extracomment>Status codes that say the medicine is no longer taken. The SNOMED code for &quot;drug or medicament&quot;, which a negated entry uses to say &quot;no medicines&quot;. The events of the day a dose is tied to (EIVL_TS), as FHIR&apos;s Timing names them.
----------
The units a strength is given per (&quot;250 mg/5 mL&quot;); per anything else (a tablet) it is not. The statuses that say the medicine is no longer taken (stopped in hospital, or done).</extracomment>
        <translation>{where}: {medicine} está marcado como introducido por error, así que se omite</translation>
    </message>
    <message>
        <source>a medicine</source>
        <translation>un medicamento</translation>
    </message>
    <message>
        <source>{where}: a medicine without a name is left out</source>
        <translation>{where}: se omite un medicamento sin nombre</translation>
    </message>
    <message>
        <source>{name} is a C-CDA document but has no medication section (neither Discharge Medications nor Medications); ask the hospital for the discharge summary or a document that lists the medicines.</source>
        <extracomment>The deepest nesting of elements read; a C-CDA document is rarely 30 deep.</extracomment>
        <translation>{name} es un documento C-CDA pero no tiene sección de medicamentos (ni Discharge Medications ni Medications); pida al hospital el resumen del alta o un documento que enumere los medicamentos.</translation>
    </message>
    <message>
        <source>{name}, {title} entry {number}</source>
        <translation>{name}, entrada {number} de {title}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}); check that it is yours to open.</source>
        <translation>No se puede leer {name} ({error}); compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>{name} is XML with a document type declaration (DOCTYPE), which no C-CDA document has and carebook does not read; ask for the document as the EHR exports it.</source>
        <translation>{name} es XML con una declaración de tipo de documento (DOCTYPE), que ningún documento C-CDA tiene y que carebook no lee; pida el documento tal como lo exporta el EHR.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {start:,} cannot be read as UTF-8); ask for the document again as it was sent, or save it as UTF-8.</source>
        <translation>{name} no es texto UTF-8 (el byte {start:,} no se puede leer como UTF-8); pida de nuevo el documento tal como se envió, o guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>{name} nests its XML more than {nesting} levels deep, as no C-CDA document does; it cannot be read.</source>
        <translation>{name} anida su XML a más de {nesting} niveles de profundidad, algo que ningún documento C-CDA hace; no se puede leer.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (a fault at line {line}, column {column}); it may have been cut short or edited by hand. Ask for the document again.</source>
        <translation>{name} no es XML bien formado (hay un error en la línea {line}, columna {column}); puede que esté cortado o editado a mano. Pida el documento de nuevo.</translation>
    </message>
    <message>
        <source>{name} cannot be read as XML ({error}); ask for the document in UTF-8.</source>
        <translation>{name} no se puede leer como XML ({error}); pida el documento en UTF-8.</translation>
    </message>
    <message>
        <source>{name} is FHIR written in XML; carebook reads FHIR in JSON. Export the discharge list as FHIR JSON (or NDJSON) and choose that.</source>
        <translation>{name} es FHIR escrito en XML; carebook lee FHIR en JSON. Exporte la lista del alta como FHIR JSON (o NDJSON) y elija ese archivo.</translation>
    </message>
    <message>
        <source>{name} is XML but not a C-CDA document (its root is &lt;{shown}&gt;, not &lt;ClinicalDocument&gt;); choose the discharge summary or CCD the hospital sent.</source>
        <translation>{name} es XML pero no es un documento C-CDA (su raíz es &lt;{shown}&gt;, no &lt;ClinicalDocument&gt;); elija el resumen del alta o el CCD que envió el hospital.</translation>
    </message>
    <message>
        <source>{where}: a {kind} that does not name the medicine is left out</source>
        <translation>{where}: se omite un {kind} que no nombra el medicamento</translation>
    </message>
    <message>
        <source>{where} {problem}; whatever it held is left out of the list</source>
        <extracomment>The resource types a discharge list is read from; the others are only counted.</extracomment>
        <translation>{where} {problem}; lo que contenía queda fuera de la lista</translation>
    </message>
    <message>
        <source>{where} {problem}. It cannot be read as a discharge medication list: check that it is the file as the hospital sent it (FHIR in JSON or NDJSON).</source>
        <translation>{where} {problem}. No se puede leer como lista de medicamentos del alta: compruebe que es el archivo tal como lo envió el hospital (FHIR en JSON o NDJSON).</translation>
    </message>
    <message>
        <source>{names} holds no medicines (no MedicationRequest or MedicationStatement); it holds {holding}. Is it the discharge medication list? Ask the hospital for the discharge medications.</source>
        <translation>{names} no contiene medicamentos (ni MedicationRequest ni MedicationStatement); contiene {holding}. ¿Es la lista de medicamentos del alta? Pida al hospital los medicamentos del alta.</translation>
    </message>
    <message>
        <source>{names} holds no medicines (no MedicationRequest or MedicationStatement). Is it the discharge medication list? Ask the hospital for the discharge medications.</source>
        <translation>{names} no contiene medicamentos (ni MedicationRequest ni MedicationStatement). ¿Es la lista de medicamentos del alta? Pida al hospital los medicamentos del alta.</translation>
    </message>
    <message>
        <source>{names} hold no medicines (no MedicationRequest or MedicationStatement); it holds {holding}. Is it the discharge medication list? Ask the hospital for the discharge medications.</source>
        <translation>{names} no contienen medicamentos (ni MedicationRequest ni MedicationStatement); contienen {holding}. ¿Es la lista de medicamentos del alta? Pida al hospital los medicamentos del alta.</translation>
    </message>
    <message>
        <source>{names} hold no medicines (no MedicationRequest or MedicationStatement). Is it the discharge medication list? Ask the hospital for the discharge medications.</source>
        <translation>{names} no contienen medicamentos (ni MedicationRequest ni MedicationStatement). ¿Es la lista de medicamentos del alta? Pida al hospital los medicamentos del alta.</translation>
    </message>
    <message>
        <source>{names} hold the medicines of {count} patients ({patients}); choose the discharge list of the one patient.</source>
        <translation>{names} contienen los medicamentos de {count} pacientes ({patients}); elija la lista del alta de un solo paciente.</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <source>{where}: {what} is {length:,} characters long; only its first {most} are kept</source>
        <extracomment>The longest dose, route, frequency or reason kept. The longest instructions kept. Characters no name or instruction holds: control characters (a line break is kept in instructions only), and the invisible marks that reorder text or hide in it.</extracomment>
        <translation>{where}: {what} tiene {length:,} caracteres; solo se conservan los primeros {most}</translation>
    </message>
    <message>
        <source>the medicine&apos;s name</source>
        <translation>el nombre del medicamento</translation>
    </message>
    <message>
        <source>the strength</source>
        <translation>la concentración</translation>
    </message>
    <message>
        <source>the dose</source>
        <translation>la dosis</translation>
    </message>
    <message>
        <source>the route</source>
        <translation>la vía</translation>
    </message>
    <message>
        <source>the frequency</source>
        <translation>la frecuencia</translation>
    </message>
    <message>
        <source>the as-needed reason</source>
        <translation>el motivo de uso según sea necesario</translation>
    </message>
    <message>
        <source>the reason for taking it</source>
        <translation>el motivo para tomarlo</translation>
    </message>
    <message>
        <source>the instructions</source>
        <translation>las instrucciones</translation>
    </message>
    <message>
        <source>There is no file {path}; check its name and folder.</source>
        <extracomment>The largest discharge file read. A hospital&apos;s discharge summary, or a patient&apos;s whole FHIR download, is well under it; anything larger is the wrong file, refused before it is read. The start of a JSON text that is not an object or a list (a string, number, true …).</extracomment>
        <translation>No existe el archivo {path}; revise su nombre y carpeta.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; choose the discharge medication list inside it.</source>
        <translation>{name} es una carpeta, no un archivo; elija la lista de medicamentos del alta que contiene.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a pipe or a device); save the discharge list to a file and choose that.</source>
        <translation>{name} no es un archivo normal (es una canalización o un dispositivo); guarde la lista del alta en un archivo y elija ese archivo.</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, far larger than a discharge medication list (carebook reads one of up to {most} MB); is it the right file?</source>
        <translation>{name} ocupa {size:,.0f} MB, mucho más que una lista de medicamentos del alta (carebook lee listas de hasta {most} MB); ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name} is empty; choose the file the hospital sent with the medicines in it.</source>
        <translation>{name} está vacío; elija el archivo que envió el hospital con los medicamentos.</translation>
    </message>
    <message>
        <source>{name} is compressed (gzip); unpack it and choose the file inside.</source>
        <translation>{name} está comprimido (gzip); descomprímalo y elija el archivo que contiene.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text; FHIR and C-CDA files are UTF-8. Save it as UTF-8 (or ask the hospital for the file as it was sent).</source>
        <translation>{name} es texto UTF-16; los archivos FHIR y C-CDA son UTF-8. Guárdelo como UTF-8 (o pida al hospital el archivo tal como se envió).</translation>
    </message>
    <message>
        <source>No file was chosen; choose the discharge medication list.</source>
        <extracomment>Problem lines kept at most; the rest are counted in one more line.</extracomment>
        <translation>No se eligió ningún archivo; elija la lista de medicamentos del alta.</translation>
    </message>
    <message>
        <source>{source} is for {patient_name} but {source2} is for {patient_name2}; choose the files of one patient&apos;s discharge.</source>
        <translation>{source} es de {patient_name} pero {source2} es de {patient_name2}; elija los archivos del alta de un solo paciente.</translation>
    </message>
    <message>
        <source>{source} gives the date of birth {birth_date} but {source2} gives {birth_date2}; choose the files of one patient&apos;s discharge.</source>
        <translation>{source} indica la fecha de nacimiento {birth_date} pero {source2} indica {birth_date2}; elija los archivos del alta de un solo paciente.</translation>
    </message>
    <message>
        <source>… and {left:,} more problems like these</source>
        <translation>… y {left:,} problemas más como estos</translation>
    </message>
    <message>
        <source>{name} has no column naming the medicine (Medication, Drug or Name) in its first row, so it is not read as a medication list (its columns: {columns}). Name the medicine column and choose it again.</source>
        <extracomment>Each field&apos;s column names, as a header is read (lower case, words only: &quot;As needed (PRN)&quot; is &quot;as needed prn&quot;).</extracomment>
        <translation>{name} no tiene en su primera fila ninguna columna que nombre el medicamento (Medication, Drug o Name), así que no se lee como lista de medicamentos (sus columnas: {columns}). Ponga nombre a la columna del medicamento y vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{name} row {number}</source>
        <translation>{name} fila {number}</translation>
    </message>
    <message>
        <source>{where}: a medicine without a name{shown} is left out</source>
        <translation>{where}: se omite un medicamento sin nombre{shown}</translation>
    </message>
    <message>
        <source>{where}: the date of birth is not read ({problem})</source>
        <translation>{where}: no se lee la fecha de nacimiento ({problem})</translation>
    </message>
    <message>
        <source>{where}: the discharge date is not read ({problem})</source>
        <translation>{where}: no se lee la fecha del alta ({problem})</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>{day} ({age})</source>
        <comment>a birth date and the age</comment>
        <translation>{day} ({age})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>DistanceUnit</name>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
</context>
<context>
    <name>DocumentCategory</name>
    <message>
        <source>Advance directive</source>
        <translation>Directiva anticipada</translation>
    </message>
    <message>
        <source>POLST / MOLST</source>
        <translation>POLST / MOLST</translation>
    </message>
    <message>
        <source>Health-care power of attorney</source>
        <translation>Poder notarial para atención médica</translation>
    </message>
    <message>
        <source>Financial power of attorney</source>
        <translation>Poder notarial financiero</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Tarjeta del seguro</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Resumen del alta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Choose the document&apos;s file.</source>
        <translation>Elija el archivo del documento.</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Elija el documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp *.gif)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp *.gif)</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Editar documento</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{title} — {category}</source>
        <extracomment>A PDF page&apos;s scale at 100 %: 96 dpi against PDF&apos;s 72 points to the inch.</extracomment>
        <translation>{title} — {category}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the file where you choose</source>
        <translation>Guardar el archivo donde usted elija</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This document cannot be shown: %s</source>
        <translation>Este documento no se puede mostrar: %s</translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation>Página %d de %d</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Exportar documento</translation>
    </message>
    <message>
        <source>Document (*%s)</source>
        <translation>Documento (*%s)</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Cualquier archivo (*)</translation>
    </message>
    <message>
        <source>the file written differs</source>
        <translation>el archivo escrito no coincide</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>{file} was not written: {error}</source>
        <translation>No se escribió {file}: {error}</translation>
    </message>
    <message>
        <source>Document exported: %s</source>
        <translation>Documento exportado: %s</translation>
    </message>
</context>
<context>
    <name>DocumentVisitButton</name>
    <message>
        <source>Document visit…</source>
        <translation>Documentar visita…</translation>
    </message>
    <message>
        <source>Check in and out, the outcome, the note and the miles (Ctrl+Shift+V)</source>
        <translation>Llegada y salida, el resultado, la nota y las millas (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>The selected visit&apos;s note</source>
        <translation>La nota de la visita seleccionada</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Nota: %s</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{name} is {size} MB; documents of up to {limit} MB are kept (Edit → Preferences). Scan it at a lower resolution or split it.</source>
        <extracomment>Where Preferences keep the limit (see store/preferences.py). What the record&apos;s header asks after: the papers that decide what may happen.</extracomment>
        <translation>{name} ocupa {size} MB; se guardan documentos de hasta {limit} MB (Editar → Preferencias). Escanéelo con una resolución más baja o divídalo.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>No se pudo leer {name} ({problem}).</translation>
    </message>
    <message>
        <source>A document is added with its file.</source>
        <translation>Un documento se agrega con su archivo.</translation>
    </message>
    <message>
        <source>That document&apos;s file is no longer in the caseload.</source>
        <translation>El archivo de ese documento ya no está en la cartera.</translation>
    </message>
</context>
<context>
    <name>DoubtDialog</name>
    <message>
        <source>Is this reading right?</source>
        <translation>¿Es correcta esta lectura?</translation>
    </message>
    <message>
        <source>e.g. Repeated twice, same result</source>
        <translation>p. ej., Repetida dos veces, mismo resultado</translation>
    </message>
    <message>
        <source>&amp;Reason to keep it:</source>
        <translation>&amp;Motivo para conservarla:</translation>
    </message>
    <message>
        <source>&amp;Keep with this reason</source>
        <translation>&amp;Conservar con este motivo</translation>
    </message>
    <message>
        <source>&amp;Correct it</source>
        <translation>Co&amp;rregirla</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add patient</source>
        <translation>Agregar paciente</translation>
    </message>
    <message>
        <source>A new patient: only a name is needed (Ctrl+N)</source>
        <translation>Un paciente nuevo: solo se necesita un nombre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Patients from a spreadsheet or FHIR files (Ctrl+Shift+I)</source>
        <translation>Pacientes desde una hoja de cálculo o archivos FHIR (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Load the sample</source>
        <translation>Cargar el ejemplo</translation>
    </message>
    <message>
        <source>A made-up caseload of 40 patients to try carebook with</source>
        <translation>Una cartera inventada de 40 pacientes para probar carebook</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>There are no patients in this caseload yet. Add a patient, import them from a spreadsheet or FHIR files, or load a made-up sample to look around.</source>
        <translation>Todavía no hay pacientes en esta cartera. Agregue un paciente, impórtelos desde una hoja de cálculo o archivos FHIR, o cargue un ejemplo inventado para explorar.</translation>
    </message>
    <message>
        <source>There are no patients in this caseload yet. Add a patient, or import them from a spreadsheet or FHIR files.</source>
        <translation>Todavía no hay pacientes en esta cartera. Agregue un paciente o impórtelos desde una hoja de cálculo o archivos FHIR.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Choose a passphrase of at least {n} characters (a few words are easier to remember than symbols).</source>
        <extracomment>Every SQLite database starts with these bytes; a SQLCipher one starts with random salt.</extracomment>
        <translation>Elija una frase de contraseña de al menos {n} caracteres (unas cuantas palabras son más fáciles de recordar que los símbolos).</translation>
    </message>
    <message>
        <source>A passphrase cannot begin or end with a space or hold a control character.</source>
        <translation>Una frase de contraseña no puede empezar ni terminar con un espacio ni contener un carácter de control.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>{path}: the passphrase is not right (or the file is not a carebook caseload)</source>
        <extracomment>Not called `passphrase`: a Store has that, and backups tell the two apart by it. SQLite&apos;s sorts and temporary tables (an index being made, a large ORDER BY) stay in memory: spilled to a temporary file they would hold patient data, unencrypted even for SQLCipher.</extracomment>
        <translation>{path}: la frase de contraseña no es correcta (o el archivo no es una cartera de carebook)</translation>
    </message>
    <message>
        <source>{path} is open in carebook or being read (an export or a report still running); let it finish or close it, then try again. Nothing was changed.</source>
        <translation>{path} está abierto en carebook o se está leyendo (una exportación o un informe aún en curso); deje que termine o ciérrelo y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ExpenseCategory</name>
    <message>
        <source>Supplies</source>
        <translation>Suministros</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Estacionamiento</translation>
    </message>
    <message>
        <source>Tolls</source>
        <translation>Peajes</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Franqueo</translation>
    </message>
    <message>
        <source>Copies of records</source>
        <translation>Copias de expedientes</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Expenses</name>
    <message>
        <source>{name} is not a picture or a PDF; keep a photo or scan of the receipt.</source>
        <extracomment>What a receipt or logo may be: pictures and PDFs, what a phone or scanner makes.</extracomment>
        <translation>{name} no es una imagen ni un PDF; guarde una foto o un escaneo del recibo.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; receipts of up to {limit} MB are kept (Preferences → Billing). Scan it at a lower resolution.</source>
        <translation>{name} ocupa {size} MB; se guardan recibos de hasta {limit} MB (Preferencias → Facturación). Escanéelo con una resolución más baja.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem}).</source>
        <translation>No se pudo leer {name} ({problem}).</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>the disk is full: free some space and try again (nothing more was written)</source>
        <translation>el disco está lleno: libere espacio y vuelva a intentarlo (no se escribió nada más)</translation>
    </message>
    <message>
        <source>the computer ran out of memory; close other programs and try again</source>
        <translation>la computadora se quedó sin memoria; cierre otros programas y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk is read-only{where}; nothing was changed</source>
        <translation>el disco es de solo lectura{where}; no se cambió nada</translation>
    </message>
    <message>
        <source>permission denied{where}: check who may read and write it</source>
        <translation>permiso denegado{where}: compruebe quién puede leerlo y escribir en él</translation>
    </message>
    <message>
        <source>the disk reported a read or write error{where}; copy your files elsewhere soon</source>
        <translation>el disco informó un error de lectura o escritura{where}; copie pronto sus archivos a otro lugar</translation>
    </message>
    <message>
        <source>the caseload file is read-only; nothing was changed</source>
        <translation>el archivo de la cartera es de solo lectura; no se cambió nada</translation>
    </message>
    <message>
        <source>the disk reported a read or write error; copy your files elsewhere soon</source>
        <translation>el disco informó un error de lectura o escritura; copie pronto sus archivos a otro lugar</translation>
    </message>
    <message>
        <source>the caseload file is damaged; run `carebook check` to see where</source>
        <translation>el archivo de la cartera está dañado; ejecute `carebook check` para ver dónde</translation>
    </message>
    <message>
        <source>the caseload is busy with another program; try again in a moment</source>
        <translation>la cartera está ocupada por otro programa; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source> (the value is left out)</source>
        <extracomment>SQLite&apos;s message for text that is not UTF-8 quotes the value: &quot;… with text &apos;Zo� Smith&apos;&quot;.</extracomment>
        <translation> (se omite el valor)</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>the bundle</source>
        <extracomment>Compact JSON, characters as they are: the C encoder, made once for every entry.</extracomment>
        <translation>el paquete (Bundle)</translation>
    </message>
    <message>
        <source>Not a valid FHIR R4 bundle: {where}: {message} (and {more} more)</source>
        <translation>No es un paquete FHIR R4 válido: {where}: {message} (y {more} más)</translation>
    </message>
    <message>
        <source>Not a valid FHIR R4 bundle: {where}: {message}</source>
        <translation>No es un paquete FHIR R4 válido: {where}: {message}</translation>
    </message>
    <message>
        <source>Not a FHIR document: the bundle&apos;s type is not &quot;document&quot;</source>
        <translation>No es un documento FHIR: el tipo del paquete no es &quot;document&quot;</translation>
    </message>
    <message>
        <source>Not a FHIR document: it needs an identifier (system and value) and a timestamp</source>
        <translation>No es un documento FHIR: necesita un identificador (system y value) y una marca de tiempo</translation>
    </message>
    <message>
        <source>Not a FHIR document: its first entry must be a Composition</source>
        <translation>No es un documento FHIR: su primera entrada debe ser una Composition</translation>
    </message>
    <message>
        <source>Not a valid FHIR R4 bundle: {resource}/{id} {path}: {value} is not one of the codes allowed there</source>
        <translation>No es un paquete FHIR R4 válido: {resource}/{id} {path}: {value} no es uno de los códigos permitidos ahí</translation>
    </message>
    <message>
        <source>{name} needs a fullUrl of its own in the bundle</source>
        <extracomment>A RESTful reference or fullUrl: [base/]Type/id.</extracomment>
        <translation>{name} necesita su propio fullUrl en el paquete</translation>
    </message>
    <message>
        <source>The fullUrl {full_url} does not end with {name}</source>
        <translation>El fullUrl {full_url} no termina en {name}</translation>
    </message>
    <message>
        <source>{reference} in {resource}/{id} names no contained resource</source>
        <translation>{reference} en {resource}/{id} no nombra ningún recurso contenido</translation>
    </message>
    <message>
        <source>The reference {reference} in {resource}/{id} does not resolve inside the bundle</source>
        <translation>La referencia {reference} en {resource}/{id} no se resuelve dentro del paquete</translation>
    </message>
    <message>
        <source>The reference {reference} in {name} does not resolve inside the bundle</source>
        <extracomment>Every entry&apos;s fullUrl: the one per-caseload set this needs (references and doubles are checked against it). References to entries not written yet: the fullUrl each needs -&gt; (the reference, who makes it); an entry, once written, takes its own off.</extracomment>
        <translation>La referencia {reference} en {name} no se resuelve dentro del paquete</translation>
    </message>
    <message>
        <source>{reference} in {name} names no contained resource</source>
        <translation>{reference} en {name} no nombra ningún recurso contenido</translation>
    </message>
    <message>
        <source>The reference {reference} in {name} cannot be resolved without a RESTful fullUrl</source>
        <translation>La referencia {reference} en {name} no se puede resolver sin un fullUrl RESTful</translation>
    </message>
    <message>
        <source>Not a valid FHIR R4 bundle: {name}: no such resource type</source>
        <translation>No es un paquete FHIR R4 válido: {name}: no existe ese tipo de recurso</translation>
    </message>
    <message>
        <source>No patient with id {patient_id}</source>
        <extracomment>Each section&apos;s title and LOINC code (and display), by the key the record files it under.</extracomment>
        <translation>No hay ningún paciente con el id {patient_id}</translation>
    </message>
    <message>
        <source>carebook cannot read its own FHIR back: {problems}</source>
        <extracomment>The fields that belong a record to its parent: right by construction, never compared. Fields naming another record, compared by what they name. The contacts whose role (and organisation) the importer takes from a care team.</extracomment>
        <translation>carebook no puede volver a leer su propio FHIR: {problems}</translation>
    </message>
</context>
<context>
    <name>FhirImport</name>
    <message>
        <source>does not say what the patient is allergic to</source>
        <extracomment>The words of a reaction that is not recorded (FHIR needs a manifestation for a severity). The SNOMED CT situations that say there is no known allergy: (code, display) by statement.</extracomment>
        <translation>no dice a qué es alérgico el paciente</translation>
    </message>
    <message>
        <source>is an active allergy, so the patient&apos;s {statement} is not kept</source>
        <translation>es una alergia activa, así que no se guarda la indicación «{statement}» del paciente</translation>
    </message>
    <message>
        <source>says {said} no longer holds; not imported</source>
        <translation>indica que {said} ya no es vigente; no se importó</translation>
    </message>
    <message>
        <source>says {said} of a patient imported before; carebook takes it only with the patient&apos;s own record in the same files (record it in their record instead)</source>
        <translation>indica {said} de un paciente importado antes; carebook solo lo acepta junto con el expediente del propio paciente en los mismos archivos (regístrelo mejor en su expediente)</translation>
    </message>
    <message>
        <source>says {said}, but the files list an active allergy of the same patient ({substance}); the allergy is kept</source>
        <translation>indica {said}, pero los archivos incluyen una alergia activa del mismo paciente ({substance}); se conserva la alergia</translation>
    </message>
    <message>
        <source>recordedDate {day} is to come; left out</source>
        <translation>recordedDate {day} es una fecha futura; se omite</translation>
    </message>
    <message>
        <source>has no Patient among its participants</source>
        <translation>no tiene ningún Patient entre sus participantes</translation>
    </message>
    <message>
        <source>has no start time (a proposed or waitlisted appointment); not imported</source>
        <translation>no tiene hora de inicio (una cita propuesta o en lista de espera); no se importó</translation>
    </message>
    <message>
        <source>as whom it is with</source>
        <translation>como la persona con quien es la cita</translation>
    </message>
    <message>
        <source>{where} entry {number}</source>
        <extracomment>Team tasks and contacts no patient refers to are planned this many lines at a time. The most of the first line read to tell the layout (fhir.caseload&apos;s is about 250 bytes). An entry&apos;s line as fhir.caseload writes it begins so: its fullUrl, then its resource&apos;s type. The resources other patients&apos; records refer to: kept from the first reading, read again beside each part that refers to them. fhir.imports.plan_import, given to `import_by_patient` (which that module calls). each shared resource&apos;s line; in a file not packed, only its number, place and size, read again when a part needs it (a caseload&apos;s contacts are about two a patient) by the reference to each contact: its first listing&apos;s role words, and the first organisation a listing says it is on behalf of the record each shared resource became, by its &quot;Type/id&quot;, once written</extracomment>
        <translation>{where}, entrada {number}</translation>
    </message>
    <message>
        <source>caseload</source>
        <extracomment>Resource types carebook makes records of. Resource types read only through what refers to them (a medication&apos;s name, a place). Types carebook does not keep but reads one thing from: the code a care plan&apos;s activity names (its intervention&apos;s words). Every other type is only counted as it is read, never held: a bulk export&apos;s millions of Observations would otherwise fill memory (so a medication&apos;s reason that is an Observation keeps only its display text). Types carebook keeps only some resources of (a referral among requests, a documented visit&apos;s Encounter among an EHR&apos;s), each by what says it is one: the others are counted as not kept. (Observations and what goes with them are held only as carebook writes them: fhir.read.) Each kind&apos;s mapping, in the order they run: a record is made after what it refers to (the patient and the contacts first), and what one mapping leaves for another (a practitioner&apos;s role, the patient&apos;s notes in carebook&apos;s document) before that one runs.</extracomment>
        <translation>cartera</translation>
    </message>
    <message>
        <source>goal {reference} is not in the files; left out</source>
        <translation>el objetivo {reference} no está en los archivos; se omite</translation>
    </message>
    <message>
        <source>addresses {reference}, which is not in the files; kept as the problem {display}</source>
        <translation>trata {reference}, que no está en los archivos; se guarda como el problema {display}</translation>
    </message>
    <message>
        <source>addresses {reference}, which is not in the files; left out</source>
        <translation>trata {reference}, que no está en los archivos; se omite</translation>
    </message>
    <message>
        <source>activity {number} says nothing carebook can keep; left out</source>
        <translation>la actividad {number} no dice nada que carebook pueda guardar; se omite</translation>
    </message>
    <message>
        <source>activity {number} has no description; left out</source>
        <translation>la actividad {number} no tiene descripción; se omite</translation>
    </message>
    <message>
        <source>as the performer</source>
        <translation>como quien la realiza</translation>
    </message>
    <message>
        <source>participant {number}, {name}, is not in the files; left out</source>
        <extracomment>what carebook&apos;s typed notes say of each member, by (its reference, its role&apos;s code)</extracomment>
        <translation>el participante {number}, {name}, no está en los archivos; se omite</translation>
    </message>
    <message>
        <source>a listed care-team member names no contact; left out</source>
        <translation>un miembro del equipo de cuidados de la lista no nombra ningún contacto; se omite</translation>
    </message>
    <message>
        <source>patient {reference} is not in the files; kept in the directory only</source>
        <translation>el paciente {reference} no está en los archivos; se guarda solo en el directorio</translation>
    </message>
    <message>
        <source>has no code or text saying what the condition is</source>
        <extracomment>The code systems a condition&apos;s code is read from (SNOMED CT, and ICD-10 and its variants). The category of a Condition carebook writes for a care-plan problem alone.</extracomment>
        <translation>no tiene código ni texto que diga cuál es la afección</translation>
    </message>
    <message>
        <source>has no name carebook can show</source>
        <extracomment>The roles that make a contact a Practitioner, and an Organization.
----------
The title of the section of carebook&apos;s document that holds the patient&apos;s notes.</extracomment>
        <translation>no tiene un nombre que carebook pueda mostrar</translation>
    </message>
    <message>
        <source>names a file it does not hold (exported without documents, or a link); a document is kept only with its file</source>
        <translation>nombra un archivo que no contiene (se exportó sin documentos, o es un enlace); un documento solo se guarda con su archivo</translation>
    </message>
    <message>
        <source>holds a file that is not base64</source>
        <translation>contiene un archivo que no está en base64</translation>
    </message>
    <message>
        <source>holds a file carebook does not keep: {error}</source>
        <translation>contiene un archivo que carebook no guarda: {error}</translation>
    </message>
    <message>
        <source>holds an empty file</source>
        <translation>contiene un archivo vacío</translation>
    </message>
    <message>
        <source>names no appointment carebook has or imports; the visit it records is not kept</source>
        <extracomment>Encounter.class (required in R4): where the visit was, as HL7&apos;s act codes say it.</extracomment>
        <translation>no nombra ninguna cita que carebook tenga o importe; no se guarda la visita que registra</translation>
    </message>
    <message>
        <source>does not say which visit of its appointment it records; not kept</source>
        <translation>no dice qué visita de su cita registra; no se guarda</translation>
    </message>
    <message>
        <source>is a goal of more than one care plan; carebook keeps it with the first</source>
        <translation>es un objetivo de más de un plan de cuidados; carebook lo guarda con el primero</translation>
    </message>
    <message>
        <source>belongs to another patient than its care plan</source>
        <translation>pertenece a un paciente distinto del de su plan de cuidados</translation>
    </message>
    <message>
        <source>does not say what the goal is</source>
        <translation>no dice cuál es el objetivo</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device): save the data to a file and import that</source>
        <extracomment>The most read as one JSON text, held whole in memory while it is parsed (several times its size): a Bundle file, or one NDJSON line. Synthea&apos;s largest patient Bundles are tens of MB. The most resources of the types carebook keeps (patients, conditions, medications…) read in one import: they are held in memory together, so that references between the files resolve. A large agency&apos;s download (thousands of patients) holds a few hundred thousand. carebook&apos;s own export is read a patient at a time (fhir.by_patient): this bounds a part. The deepest nesting of arrays and objects read. A real resource is rarely deeper than 30 levels (a Bundle in a Bundle, an extension in an extension); anything near Python&apos;s own recursion limit would crash the JSON reader and the R4 models instead. The longest number read, in characters. FHIR&apos;s integers have 10 digits and its decimals rarely 20; Python refuses to read integers of more than 4,300 digits at all. How much is read from a file at a time. The spreadsheet import&apos;s words for the same refusal (translated where it is said).</extracomment>
        <translation>no es un archivo normal (es una canalización o un dispositivo): guarde los datos en un archivo e importe ese archivo</translation>
    </message>
    <message>
        <source>unpacks to more than {most} MB; carebook reads FHIR files up to {most} MB. Split the export</source>
        <translation>al descomprimirse ocupa más de {most} MB; carebook lee archivos FHIR de hasta {most} MB. Divida la exportación</translation>
    </message>
    <message>
        <source>is larger than {most} MB; carebook reads FHIR files up to {most} MB. Split the export</source>
        <translation>ocupa más de {most} MB; carebook lee archivos FHIR de hasta {most} MB. Divida la exportación</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is a folder, not a FHIR file: name the files in it to import them</source>
        <translation>es una carpeta, no un archivo FHIR: indique los archivos que contiene para importarlos</translation>
    </message>
    <message>
        <source>is not a readable gzip file: it ends too soon (the download or copy was cut short)</source>
        <translation>no es un archivo gzip legible: termina antes de tiempo (la descarga o la copia se interrumpió)</translation>
    </message>
    <message>
        <source>is not a readable gzip file: its data is damaged</source>
        <translation>no es un archivo gzip legible: sus datos están dañados</translation>
    </message>
    <message>
        <source>holds a number of more than {most} digits</source>
        <extracomment>Every byte but the quotes and brackets that make JSON&apos;s structure.</extracomment>
        <translation>contiene un número de más de {most} dígitos</translation>
    </message>
    <message>
        <source>holds the number {text}, too large for FHIR</source>
        <translation>contiene el número {text}, demasiado grande para FHIR</translation>
    </message>
    <message>
        <source>holds {text}, which is not a number JSON allows</source>
        <translation>contiene {text}, que no es un número que JSON permita</translation>
    </message>
    <message>
        <source>is UTF-16 text; carebook reads FHIR files in UTF-8</source>
        <translation>es texto UTF-16; carebook lee archivos FHIR en UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be read as UTF-8)</source>
        <translation>no es texto UTF-8 (el byte {byte} no se puede leer como UTF-8)</translation>
    </message>
    <message>
        <source>is nested more than {most} levels deep; not a FHIR resource carebook can read</source>
        <translation>tiene más de {most} niveles de anidamiento; no es un recurso FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>is nested more than {most} levels deep; not a FHIR file carebook can read</source>
        <translation>tiene más de {most} niveles de anidamiento; no es un archivo FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>{problem}; not a FHIR resource carebook can read</source>
        <translation>{problem}; no es un recurso FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>{problem}; not a FHIR file carebook can read</source>
        <translation>{problem}; no es un archivo FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (half of a character pair, written as \uD800 to \uDFFF); not a FHIR resource carebook can read</source>
        <translation>contiene texto que no es Unicode válido (la mitad de un par de caracteres, escrita de \uD800 a \uDFFF); no es un recurso FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (half of a character pair, written as \uD800 to \uDFFF); not a FHIR file carebook can read</source>
        <translation>contiene texto que no es Unicode válido (la mitad de un par de caracteres, escrita de \uD800 a \uDFFF); no es un archivo FHIR que carebook pueda leer</translation>
    </message>
    <message>
        <source>does not name the medication</source>
        <translation>no nombra el medicamento</translation>
    </message>
    <message>
        <source>in the instructions</source>
        <translation>en las instrucciones</translation>
    </message>
    <message>
        <source>has no id (nor fullUrl, nor identifier): a later import cannot find what it became, and would add it again</source>
        <extracomment>The elements carebook reads, per type: a fault there is an error, elsewhere a warning.</extracomment>
        <translation>no tiene id (ni fullUrl ni identifier): una importación posterior no podría encontrar en qué se convirtió y lo volvería a agregar</translation>
    </message>
    <message>
        <source>the resource</source>
        <translation>el recurso</translation>
    </message>
    <message>
        <source>{place} is not an element of an R4 {type}; ignored</source>
        <translation>{place} no es un elemento de un {type} de R4; se ignora</translation>
    </message>
    <message>
        <source>is not valid FHIR R4: {place}: {message}</source>
        <translation>no es FHIR R4 válido: {place}: {message}</translation>
    </message>
    <message>
        <source>{place} is not valid FHIR R4 ({message}); carebook does not read it</source>
        <translation>{place} no es FHIR R4 válido ({message}); carebook no lo lee</translation>
    </message>
    <message>
        <source>{problem} (and {count} more)</source>
        <translation>{problem} (y {count} más)</translation>
    </message>
    <message>
        <source>is marked entered-in-error; not imported</source>
        <translation>está marcado como entered-in-error (registrado por error); no se importó</translation>
    </message>
    <message>
        <source>holds text that is not base64 UTF-8</source>
        <translation>contiene texto que no es UTF-8 en base64</translation>
    </message>
    <message>
        <source>holds no plain text carebook can keep as a note (a scan or a link)</source>
        <translation>no contiene texto sin formato que carebook pueda guardar como nota (es un escaneo o un enlace)</translation>
    </message>
    <message>
        <source>has no date it was written</source>
        <translation>no tiene la fecha en que se escribió</translation>
    </message>
    <message>
        <source>does not name a measure and its unit</source>
        <extracomment>UCUM codes of the stored units.</extracomment>
        <translation>no nombra una medida y su unidad</translation>
    </message>
    <message>
        <source>has no moment it was taken</source>
        <translation>no tiene el momento en que se tomó</translation>
    </message>
    <message>
        <source>is not a measure carebook keeps</source>
        <translation>no es una medida que carebook guarde</translation>
    </message>
    <message>
        <source>has no value carebook can keep</source>
        <translation>no tiene un valor que carebook pueda guardar</translation>
    </message>
    <message>
        <source>does not name its measure and unit</source>
        <translation>no nombra su medida y su unidad</translation>
    </message>
    <message>
        <source>is not an assessment carebook knows</source>
        <translation>no es una evaluación que carebook conozca</translation>
    </message>
    <message>
        <source>has no day or no whole total</source>
        <translation>no tiene día o no tiene un total entero</translation>
    </message>
    <message>
        <source>birthDate {born} is not a whole date; left out</source>
        <translation>birthDate {born} no es una fecha completa; se omite</translation>
    </message>
    <message>
        <source>gender {gender} is not an R4 code; left out</source>
        <translation>gender {gender} no es un código de R4; se omite</translation>
    </message>
    <message>
        <source>appears again at {where}; the later one is imported</source>
        <extracomment>What a reference means: an item of this import, a record of the caseload (its id), or none. One kind&apos;s mapping of a resource into records. The buckets records are filed in, in the order they are written. Types a contact may be, for a link to a contact. Each field naming another record: the kind of record, and the types a reference may name. each resource&apos;s items (by &quot;Type/id&quot;), for carebook&apos;s own export to compare with False where the records are the caseload&apos;s own, already kept under its rules</extracomment>
        <translation>aparece de nuevo en {where}; se importa el posterior</translation>
    </message>
    <message>
        <source>carebook cannot keep it: {error}</source>
        <translation>carebook no puede guardarlo: {error}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>incomplete, imported all the same: the {kind} {name} does not say {what}</source>
        <translation>incompleto, se importó de todos modos: {kind} {name} no indica {what}</translation>
    </message>
    <message>
        <source>incomplete, imported all the same: {kind} does not say {what}</source>
        <translation>incompleto, se importó de todos modos: {kind} no indica {what}</translation>
    </message>
    <message>
        <source>is marked {status}; not imported</source>
        <translation>está marcado como {status}; no se importó</translation>
    </message>
    <message>
        <source>has no {what}: carebook keeps every such record with its patient</source>
        <translation>no tiene {what}: carebook guarda cada registro de este tipo con su paciente</translation>
    </message>
    <message>
        <source>{what} {reference} is a {type}, not a Patient</source>
        <translation>{what} {reference} es un {type}, no un Patient</translation>
    </message>
    <message>
        <source>its patient {name} ({where}) cannot be imported</source>
        <translation>su paciente {name} ({where}) no se puede importar</translation>
    </message>
    <message>
        <source>{what} {value} points nowhere: it is neither in the files nor a patient imported before</source>
        <translation>{what} {value} no apunta a nada: no está en los archivos ni es un paciente importado antes</translation>
    </message>
    <message>
        <source>{what} {reference} is not in the files; {display} is kept {kept}</source>
        <translation>{what} {reference} no está en los archivos; {display} se guarda {kept}</translation>
    </message>
    <message>
        <source>{what} {reference} is not in the files; left out</source>
        <translation>{what} {reference} no está en los archivos; se omite</translation>
    </message>
    <message>
        <source>carebook&apos;s {name} {value} cannot be read; left out</source>
        <translation>no se puede leer el {name} {value} de carebook; se omite</translation>
    </message>
    <message>
        <source>has {unlisted} more problems (not listed)</source>
        <extracomment>Says whether resources of a type are kept (True) or only counted. The file names read as NDJSON whatever their content looks like. Problems listed for one file at most; the rest are counted in one more (a file of a million broken lines would otherwise fill memory with its report). The type of an NDJSON line&apos;s resource, when it is the line&apos;s first element. Types held, whatever the reader keeps, only in carebook&apos;s own export (a resource carrying carebook&apos;s extension): an EHR&apos;s bulk export holds millions of Observations, counted only. Resources of the types not kept, by type: counted, not held. Where the problems of the file being read begin, and how many were not listed.</extracomment>
        <translation>tiene {unlisted} problemas más (no se enumeran)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>holds more than {most} MB of JSON in one piece; carebook reads a Bundle of up to {most} MB. Split the export, or export it as NDJSON</source>
        <translation>contiene más de {most} MB de JSON en una sola pieza; carebook lee un Bundle de hasta {most} MB. Divida la exportación o expórtela como NDJSON</translation>
    </message>
    <message>
        <source>is not valid JSON: {msg} at line {lineno}, column {colno}</source>
        <translation>no es JSON válido: {msg} en la línea {lineno}, columna {colno}</translation>
    </message>
    <message>
        <source>{name} line {number}</source>
        <translation>{name}, línea {number}</translation>
    </message>
    <message>
        <source>is longer than {most} MB; carebook reads a resource of up to {most} MB</source>
        <translation>ocupa más de {most} MB; carebook lee recursos de hasta {most} MB</translation>
    </message>
    <message>
        <source>is not valid JSON: {msg} at column {colno}</source>
        <translation>no es JSON válido: {msg} en la columna {colno}</translation>
    </message>
    <message>
        <source>is not a FHIR resource (a JSON object) but {kind}</source>
        <translation>no es un recurso FHIR (un objeto JSON) sino {kind}</translation>
    </message>
    <message>
        <source>is not a FHIR resource: it has no resourceType</source>
        <translation>no es un recurso FHIR: no tiene resourceType</translation>
    </message>
    <message>
        <source>brings the resources carebook keeps to more than {held:,}; carebook imports up to {held:,} at a time. Split the export</source>
        <translation>eleva los recursos que carebook guarda a más de {held:,}; carebook importa hasta {held:,} a la vez. Divida la exportación</translation>
    </message>
    <message>
        <source>is a Bundle whose entry is not a list</source>
        <translation>es un Bundle cuyo entry no es una lista</translation>
    </message>
    <message>
        <source>is not a Bundle entry (a JSON object)</source>
        <translation>no es una entrada de Bundle (un objeto JSON)</translation>
    </message>
    <message>
        <source>asks to delete {url}; carebook deletes nothing on import</source>
        <translation>pide eliminar {url}; carebook no elimina nada al importar</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>un recurso</translation>
    </message>
    <message>
        <source>has no resource</source>
        <translation>no tiene recurso</translation>
    </message>
    <message>
        <source>is the server&apos;s note on the search (an OperationOutcome)</source>
        <translation>es la nota del servidor sobre la búsqueda (un OperationOutcome)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>names no contact it is sent to; carebook keeps a referral with whom it is to</source>
        <extracomment>SNOMED CT &quot;Referral to service&quot; (the category of a referral among service requests).</extracomment>
        <translation>no nombra el contacto al que se envía; carebook guarda cada derivación con su destinatario</translation>
    </message>
    <message>
        <source>does not say what the referral is for, or when it was sent</source>
        <translation>no dice para qué es la derivación ni cuándo se envió</translation>
    </message>
    <message>
        <source>1 file</source>
        <extracomment>The most of a finding&apos;s words (or a resource&apos;s name) shown: what it quotes of the file, an id or an element&apos;s value, may be megabytes long in a broken or hostile file. the field a record was imported without, though its form asks for it (a warning)</extracomment>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} archivos</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 recurso</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} recursos</translation>
    </message>
    <message>
        <source>Read {files}: {resources} ({kinds}).</source>
        <translation>Lectura de {files}: {resources} ({kinds}).</translation>
    </message>
    <message>
        <source>Read {files}: {resources}.</source>
        <translation>Lectura de {files}: {resources}.</translation>
    </message>
    <message>
        <source>Not kept by carebook, so skipped: {kinds}.</source>
        <translation>carebook no los guarda, así que se omitieron: {kinds}.</translation>
    </message>
    <message>
        <source>Errors (left out, as --skip-invalid asks):</source>
        <translation>Errores (omitidos, según pide --skip-invalid):</translation>
    </message>
    <message>
        <source>Errors (nothing was imported; fix these, or import the rest with --skip-invalid):</source>
        <translation>Errores (no se importó nada; corríjalos o importe el resto con --skip-invalid):</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Imported as incomplete (carebook&apos;s form asks for what is missing):</source>
        <translation>Importados como incompletos (el formulario de carebook pide lo que falta):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Would import: {tally}.</source>
        <translation>Se importaría: {tally}.</translation>
    </message>
    <message>
        <source>Imported: {tally}.</source>
        <translation>Se importó: {tally}.</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>No se escribió nada (--dry-run).</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … y {count} más</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>care-team memberships</source>
        <translation>participaciones en equipos de cuidados</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>afecciones</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>medication history events</source>
        <translation>eventos del historial de medicamentos</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>changed visits</source>
        <translation>visitas modificadas</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>planes de cuidados</translation>
    </message>
    <message>
        <source>care plan reviews</source>
        <translation>revisiones de planes de cuidados</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} por primera vez</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} con cambios</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message>
        <source>{records} {counts}</source>
        <translation>{records}: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{type} (no id)</source>
        <extracomment>Looks up source identities kept in the caseload: key -&gt; (kind, record id). Looks up the identities &quot;ident:&lt;type&gt;|&lt;any system&gt;|&lt;value&gt;&quot; kept in the caseload, given the type and the value: key -&gt; (kind, record id). The ids carebook&apos;s export gives records (&quot;care-plan-3&quot;); a problem&apos;s own Condition is none. A RESTful reference or fullUrl, [base/]Type/id, perhaps of one version of the resource.</extracomment>
        <translation>{type} (sin id)</translation>
    </message>
    <message>
        <source>{reference} matches {count} resources in the files, {found}: carebook cannot tell which it means</source>
        <extracomment>why it leads to none of several it matches (a conditional reference matching two) every resource with an identifier of that value, by type and value, with its system what each conditional reference found in the caseload, looked up once</extracomment>
        <translation>{reference} coincide con {count} recursos de los archivos, {found}: carebook no puede saber a cuál se refiere</translation>
    </message>
    <message>
        <source>{reference} matches {count} records already in the caseload, imported from different resources: carebook cannot tell which it means</source>
        <translation>{reference} coincide con {count} registros que ya están en la cartera, importados desde recursos distintos: carebook no puede saber a cuál se refiere</translation>
    </message>
    <message>
        <source>has no description or code saying what is to be done</source>
        <translation>no tiene descripción ni código que diga qué hay que hacer</translation>
    </message>
</context>
<context>
    <name>FhirPage</name>
    <message>
        <source>Check the FHIR records</source>
        <translation>Revise los registros FHIR</translation>
    </message>
    <message>
        <source>What the files hold and what importing them would do. Nothing is written until you press Import, and then all of it is imported or none. Records imported before are updated, never made twice.</source>
        <translation>Qué contienen los archivos y qué haría la importación. No se escribe nada hasta que pulse Importar, y entonces se importa todo o nada. Los registros importados antes se actualizan, nunca se duplican.</translation>
    </message>
    <message>
        <source>What the files hold</source>
        <translation>Qué contienen los archivos</translation>
    </message>
    <message>
        <source>&amp;Leave out what is in error (and the records that depend on it)</source>
        <translation>&amp;Omitir lo que tiene errores (y los registros que dependen de ello)</translation>
    </message>
    <message>
        <source>The files could not be checked: %s</source>
        <translation>No se pudieron revisar los archivos: %s</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>No se puede importar nada.</translation>
    </message>
    <message>
        <source>1 record is in error: nothing can be imported as the files stand.</source>
        <translation>1 registro tiene errores: tal como están los archivos, no se puede importar nada.</translation>
    </message>
    <message>
        <source>{n} records are in error: nothing can be imported as the files stand.</source>
        <translation>{n} registros tienen errores: tal como están los archivos, no se puede importar nada.</translation>
    </message>
    <message>
        <source>Correct the files, or tick “Leave out what is in error” to import the rest.</source>
        <translation>Corrija los archivos o marque “Omitir lo que tiene errores” para importar el resto.</translation>
    </message>
    <message>
        <source>Nothing new: the caseload already holds all of it as the files give it.</source>
        <translation>Nada nuevo: la cartera ya lo contiene todo tal como lo dan los archivos.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Importing will write: %s.</source>
        <translation>La importación escribirá: %s.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Nothing was imported, and the caseload is as it was: %s</source>
        <translation>No se importó nada y la cartera quedó como estaba: %s</translation>
    </message>
    <message>
        <source>Nothing was imported, and the caseload is as it was: the files changed, or the caseload refused them. The report now says why.</source>
        <translation>No se importó nada y la cartera quedó como estaba: los archivos cambiaron o la cartera los rechazó. El informe ahora indica por qué.</translation>
    </message>
    <message>
        <source>Imported from {source}: {outcome}.</source>
        <translation>Importado desde {source}: {outcome}.</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>{name} is empty.</source>
        <extracomment>What a name&apos;s ending promises. A picture&apos;s width and height in pixels (None for a PDF).</extracomment>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is not a PDF or a picture (PNG, JPEG, GIF, TIFF, WebP); scan or save it as one of those.</source>
        <translation>{name} no es un PDF ni una imagen (PNG, JPEG, GIF, TIFF, WebP); escanéelo o guárdelo en uno de esos formatos.</translation>
    </message>
    <message>
        <source>{name} says it is a {ending} but holds a {said}; rename it or save it again as what it says.</source>
        <translation>{name} dice ser un {ending} pero contiene un {said}; cámbiele el nombre o vuelva a guardarlo como lo que dice ser.</translation>
    </message>
    <message>
        <source>{name} is an encrypted PDF; carebook cannot show it. Save an unprotected copy (print it to PDF) and add that.</source>
        <translation>{name} es un PDF cifrado; carebook no puede mostrarlo. Guarde una copia sin protección (imprímala en PDF) y agregue esa copia.</translation>
    </message>
    <message>
        <source>{name} is a picture of {width:,} × {height:,} pixels, too large to open safely (at most {max_side:,} a side); scan it at a lower resolution.</source>
        <translation>{name} es una imagen de {width:,} × {height:,} píxeles, demasiado grande para abrirla de forma segura (como máximo {max_side:,} por lado); escanéela con una resolución más baja.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, or an Excel .xlsx workbook) with the column names in its first row, or FHIR files from a health record system. Nothing is written until the last step.</source>
        <translation>Una hoja de cálculo (CSV o un libro de Excel .xlsx) con los nombres de las columnas en su primera fila, o archivos FHIR de un sistema de historias clínicas. No se escribe nada hasta el último paso.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose a CSV, .xlsx or FHIR file (several FHIR files of one download may be chosen together)</source>
        <translation>Elija un archivo CSV, .xlsx o FHIR (se pueden elegir juntos varios archivos FHIR de una misma descarga)</translation>
    </message>
    <message>
        <source>What each row is</source>
        <translation>Qué es cada fila</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first row of a spreadsheet must name the columns, e.g. &lt;i&gt;First name, Last name, Date of birth, MRN, Phone, ZIP&lt;/i&gt;; the next page matches them to carebook&apos;s fields, and you can change what it proposes.&lt;/p&gt;&lt;p&gt;MRNs, ZIP codes and phone numbers are kept exactly as written, leading zeros too. Medications, appointments and tasks are linked to patients already in the caseload by their MRN, or by name and date of birth.&lt;/p&gt;&lt;p&gt;Rows that look like patients already in the caseload (same MRN, or same name and date of birth) are shown before anything is imported, to skip or merge.&lt;/p&gt;&lt;p&gt;FHIR files (a Bundle&apos;s .json, or bulk .ndjson; choose all the files of one download together) bring patients with their care team, conditions, allergies, medications, care plans, appointments and tasks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La primera fila de una hoja de cálculo debe nombrar las columnas, p. ej., &lt;i&gt;Nombre, Apellido, Fecha de nacimiento, MRN, Teléfono, ZIP&lt;/i&gt;; la página siguiente las asocia con los campos de carebook, y usted puede cambiar lo que propone.&lt;/p&gt;&lt;p&gt;Los MRN, los códigos ZIP y los números de teléfono se guardan exactamente como están escritos, incluidos los ceros iniciales. Los medicamentos, las citas y las tareas se vinculan con pacientes que ya están en la cartera por su MRN, o por nombre y fecha de nacimiento.&lt;/p&gt;&lt;p&gt;Las filas que parecen ser de pacientes que ya están en la cartera (mismo MRN, o mismo nombre y fecha de nacimiento) se muestran antes de importar nada, para omitirlas o combinarlas.&lt;/p&gt;&lt;p&gt;Los archivos FHIR (el .json de un Bundle, o .ndjson masivo; elija juntos todos los archivos de una misma descarga) traen pacientes con su equipo de cuidados, afecciones, alergias, medicamentos, planes de cuidados, citas y tareas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Each &amp;row is:</source>
        <translation>Cada &amp;fila es:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrado:</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>{n} files in {folder}</source>
        <translation>{n} archivos en {folder}</translation>
    </message>
    <message>
        <source>FHIR R4 records, {files} ({size}); they are read and checked on the next page.</source>
        <translation>Registros FHIR R4, {files} ({size}); se leen y revisan en la página siguiente.</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d archivos</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>Choose one spreadsheet at a time: only a FHIR download&apos;s files can be imported together.</source>
        <translation>Elija una hoja de cálculo cada vez: solo los archivos de una descarga FHIR se pueden importar juntos.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a table: {error}</source>
        <translation>{file} no se puede leer como tabla: {error}</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 columna</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} columnas</translation>
    </message>
    <message>
        <source>{source}; {columns}.</source>
        <translation>{source}; {columns}.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{source}; {columns}, about {rows}.</source>
        <translation>{source}; {columns}, aproximadamente {rows}.</translation>
    </message>
    <message>
        <source>This file cannot be imported. %s</source>
        <translation>Este archivo no se puede importar. %s</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Patient</source>
        <extracomment>Each kind&apos;s code: its rows of the index have rowids from code * KIND_STEP on, so the index lists patients first, then contacts, medications, tasks and notes. What is typed is read up to this many characters (a name, a phone, a phrase of a note). For each kind: the columns its index row is made from, and how.</extracomment>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nac. {date}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>MRN {mrn}</translation>
    </message>
    <message>
        <source>for {patient}</source>
        <translation>de {patient}</translation>
    </message>
    <message>
        <source>for {n} patients</source>
        <translation>de {n} pacientes</translation>
    </message>
    <message>
        <source>on no patient&apos;s care team</source>
        <translation>en el equipo de cuidados de ningún paciente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>no patient</source>
        <translation>sin paciente</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Nota de visita</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <source>{kind} note</source>
        <translation>Nota de {kind}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to carebook</source>
        <translation>Le damos la bienvenida a carebook</translation>
    </message>
    <message>
        <source>&amp;Protect the caseload with a passphrase (recommended on a laptop)</source>
        <translation>&amp;Proteger la cartera con una frase de contraseña (recomendado en una computadora portátil)</translation>
    </message>
    <message>
        <source>The file, and its backups, can then be read only with the passphrase: a lost laptop does not give away anyone&apos;s health information. You can also do this later, from File → Protect with passphrase.</source>
        <translation>Así, el archivo y sus copias de seguridad solo se podrán leer con la frase de contraseña: una computadora portátil perdida no revela la información de salud de nadie. También puede hacerlo más tarde, desde Archivo → Proteger con frase de contraseña.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your caseload is empty&lt;/h3&gt;&lt;p&gt;carebook keeps your whole caseload in one file on this computer:&lt;br&gt;&lt;code&gt;%s&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Start with an empty caseload and add your patients, or load a sample caseload of 40 invented patients to look around first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Su cartera está vacía&lt;/h3&gt;&lt;p&gt;carebook guarda toda su cartera en un solo archivo en esta computadora:&lt;br&gt;&lt;code&gt;%s&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Empiece con una cartera vacía y agregue a sus pacientes, o cargue una cartera de ejemplo con 40 pacientes inventados para explorar primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacía</translation>
    </message>
    <message>
        <source>Load a &amp;sample caseload</source>
        <translation>Cargar una cartera de &amp;ejemplo</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Add patient</source>
        <extracomment>Each kind&apos;s undo steps (add, edit, delete) and its list&apos;s &quot;New …&quot; action, written whole.</extracomment>
        <translation>Agregar paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nueva cita…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>New medication…</source>
        <translation>Nuevo medicamento…</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Agregar derivación</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Editar derivación</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Eliminar derivación</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Nueva derivación…</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Agregar alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Eliminar alergia</translation>
    </message>
    <message>
        <source>New allergy…</source>
        <translation>Nueva alergia…</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Agregar afección</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editar afección</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Eliminar afección</translation>
    </message>
    <message>
        <source>New condition…</source>
        <translation>Nueva afección…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
</context>
<context>
    <name>Found</name>
    <message>
        <source>Exact name</source>
        <translation>Nombre exacto</translation>
    </message>
    <message>
        <source>Name begins so</source>
        <translation>El nombre empieza así</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
</context>
<context>
    <name>GoalAchievement</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Empeorando</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>No logrado</translation>
    </message>
</context>
<context>
    <name>GoalLifecycle</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message>
        <source>steady</source>
        <extracomment>A change smaller than this share of the earlier value (or of 1, if that is smaller) is steady.</extracomment>
        <translation>estable</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>mejorando</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>empeorando</translation>
    </message>
    <message>
        <source>no readings yet</source>
        <translation>aún sin lecturas</translation>
    </message>
    <message>
        <source>latest {value} on {day}</source>
        <translation>última lectura {value} el {day}</translation>
    </message>
    <message>
        <source>target at or below {value}: met</source>
        <translation>meta en {value} o menos: cumplida</translation>
    </message>
    <message>
        <source>target at or below {value}: not met</source>
        <translation>meta en {value} o menos: no cumplida</translation>
    </message>
    <message>
        <source>target at or above {value}: met</source>
        <translation>meta en {value} o más: cumplida</translation>
    </message>
    <message>
        <source>target at or above {value}: not met</source>
        <translation>meta en {value} o más: no cumplida</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>&lt;h3&gt;carebook %s&lt;/h3&gt;&lt;p&gt;An offline caseload organizer for care coordinators.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;carebook %s&lt;/h3&gt;&lt;p&gt;Un organizador de cartera de pacientes sin conexión para coordinadoras de cuidados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (%s): puede usarlo, estudiarlo, compartirlo y modificarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your caseload stays in one file on this computer:&lt;br&gt;&lt;code&gt;%s&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su cartera se guarda en un solo archivo en esta computadora:&lt;br&gt;&lt;code&gt;%s&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About carebook</source>
        <translation>Acerca de carebook</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>carebook could not open a file manager here. The caseload&apos;s folder is:

%s</source>
        <translation>carebook no pudo abrir un administrador de archivos aquí. La carpeta de la cartera es:

%s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>History of %s</source>
        <translation>Historial de %s</translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation>Historial de medicamentos</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date noted</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>End date (marks inactive)</source>
        <translation>Fecha de fin (la marca como inactiva)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Resolved on (marks resolved)</source>
        <translation>Resuelta el (la marca como resuelta)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of death (marks deceased)</source>
        <translation>Fecha de defunción (lo marca como fallecido)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Ciudad o localidad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Postcode or ZIP</source>
        <translation>Código postal o ZIP</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notas de acceso</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>ID de afiliado</translation>
    </message>
    <message>
        <source>MRN (external id)</source>
        <translation>MRN (id externo)</translation>
    </message>
    <message>
        <source>Patient&apos;s MRN</source>
        <extracomment>How a linked record finds its patient.</extracomment>
        <translation>MRN del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Nombre completo del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s given name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s family name</source>
        <translation>Apellido del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según sea necesario</translation>
    </message>
    <message>
        <source>As needed for</source>
        <translation>Según sea necesario para</translation>
    </message>
    <message>
        <source>Most per day</source>
        <translation>Máximo por día</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Motivo de suspensión</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Date (may hold the time too)</source>
        <translation>Fecha (puede incluir también la hora)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Transport details</source>
        <translation>Detalles del transporte</translation>
    </message>
    <message>
        <source>Repeat rule (RRULE)</source>
        <translation>Regla de repetición (RRULE)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>{name} (born {date})</source>
        <extracomment>From this many new patients on (and no fewer than the caseload holds), the patient table&apos;s indexes are made again after the rows are in rather than kept up row by row. The page cache for such an import, in KiB as PRAGMA cache_size takes it (negative). A patient&apos;s fields a merge never fills: who they are in carebook, and their status.</extracomment>
        <translation>{name} (nac. {date})</translation>
    </message>
    <message>
        <source>Merging into patient {id}: {error}</source>
        <extracomment>Every record has passed its validation already (ImportPlan.batch builds only from rows that did), so apply_import need not check each again: a tenth of a large import&apos;s time. An ImportBatch&apos;s lists of what it writes. The import being written: how far it is (one import at a time per part).</extracomment>
        <translation>Al combinar con el paciente {id}: {error}</translation>
    </message>
</context>
<context>
    <name>Incomplete</name>
    <message>
        <source>what it is taken for as needed</source>
        <extracomment>the record&apos;s field that would hold it what is missing, as a report names it (&quot;what it is taken for as needed&quot;) what the form says when it asks for it</extracomment>
        <translation>para qué se toma según sea necesario</translation>
    </message>
    <message>
        <source>Say what an as-needed medication is taken for.</source>
        <translation>Indique para qué se toma un medicamento según sea necesario.</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>is a symbolic link that {why}; give the caseload&apos;s real path</source>
        <extracomment>Files up to this size get a full quick_check before they are opened; larger ones get the cheap structural checks here, and the whole check from `carebook check`.</extracomment>
        <translation>es un enlace simbólico que {why}; indique la ruta real de la cartera</translation>
    </message>
    <message>
        <source>is not a SQLite database as it stands: it is protected by a passphrase (give it to open the caseload), or it is not a carebook caseload at all</source>
        <translation>no es una base de datos SQLite tal como está: está protegida con una frase de contraseña (indíquela para abrir la cartera) o no es una cartera de carebook en absoluto</translation>
    </message>
    <message>
        <source>the passphrase is not right (or the file is not a carebook caseload); nothing was changed</source>
        <translation>la frase de contraseña no es correcta (o el archivo no es una cartera de carebook); no se cambió nada</translation>
    </message>
    <message>
        <source>is a folder, not a caseload file</source>
        <translation>es una carpeta, no un archivo de cartera</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is not a regular file, not a caseload file</source>
        <translation>no es un archivo normal ni un archivo de cartera</translation>
    </message>
    <message>
        <source>is an empty file, not a carebook caseload</source>
        <translation>es un archivo vacío, no una cartera de carebook</translation>
    </message>
    <message>
        <source>is not a carebook caseload (it is not a SQLite database)</source>
        <translation>no es una cartera de carebook (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>is damaged: its header is cut short</source>
        <translation>está dañado: su encabezado está incompleto</translation>
    </message>
    <message>
        <source>is damaged: its header is not valid</source>
        <translation>está dañado: su encabezado no es válido</translation>
    </message>
    <message>
        <source>is damaged: the file is shorter than its contents</source>
        <translation>está dañado: el archivo es más corto que su contenido</translation>
    </message>
    <message>
        <source>belongs to another application, not carebook</source>
        <translation>pertenece a otra aplicación, no a carebook</translation>
    </message>
    <message>
        <source>is another application&apos;s database, not carebook&apos;s</source>
        <translation>es la base de datos de otra aplicación, no de carebook</translation>
    </message>
    <message>
        <source>was written by a newer version of carebook; update carebook to open it</source>
        <translation>lo escribió una versión más reciente de carebook; actualice carebook para abrirlo</translation>
    </message>
    <message>
        <source>is damaged or not a caseload ({error})</source>
        <translation>está dañado o no es una cartera ({error})</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>No instrument &apos;{instrument_id}&apos;; carebook knows: {names}</source>
        <translation>No existe el instrumento &apos;{instrument_id}&apos;; carebook conoce: {names}</translation>
    </message>
    <message>
        <source>The {short} is kept as its total only, its items being licensed; give the total</source>
        <translation>El {short} se guarda solo como total, porque sus ítems están bajo licencia; indique el total</translation>
    </message>
    <message>
        <source>The {short} has no item &apos;{item_id}&apos;</source>
        <translation>El {short} no tiene el ítem &apos;{item_id}&apos;</translation>
    </message>
    <message>
        <source>Item {number} ({text}) is not answered; the total is not computed</source>
        <translation>El ítem {number} ({text}) no tiene respuesta; no se calcula el total</translation>
    </message>
    <message>
        <source>Item {number} takes {allowed}</source>
        <translation>El ítem {number} admite {allowed}</translation>
    </message>
    <message>
        <source>A {short} total runs from {low} to {high}</source>
        <translation>El total del {short} va de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>When carebook next opens it, it keeps a copy of the log aside and opens the caseload as it stood after change {readable}.</source>
        <extracomment>SQLite&apos;s integrity check stops after this many problems; the report lists the first few. `check_file` checks a copy of a file up to this size in memory (see `_copy_in_memory`).</extracomment>
        <translation>La próxima vez que carebook la abra, guardará aparte una copia del registro y abrirá la cartera tal como estaba después del cambio {readable}.</translation>
    </message>
    <message>
        <source>The caseload file {problem}.</source>
        <translation>El archivo de la cartera {problem}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>No se puede leer el archivo ({error}).</translation>
    </message>
    <message>
        <source>The values allowed in each field (statuses, kinds, date formats) were not checked: the file is too large or too damaged to copy for that.</source>
        <translation>No se comprobaron los valores permitidos en cada campo (estados, tipos, formatos de fecha): el archivo es demasiado grande o está demasiado dañado para copiarlo con ese fin.</translation>
    </message>
    <message>
        <source>The caseload&apos;s layout is from an older carebook ({done} of {steps} steps); carebook brings it up to date when it opens it. Its own rules were not checked.</source>
        <translation>La estructura de la cartera es de una versión anterior de carebook ({done} de {steps} pasos); carebook la actualiza al abrirla. No se comprobaron sus propias reglas.</translation>
    </message>
    <message>
        <source>Could not check {what}: the file is damaged: {error}.</source>
        <translation>No se pudo comprobar {what}: el archivo está dañado: {error}.</translation>
    </message>
    <message>
        <source>Could not check {what}: {error}.</source>
        <translation>No se pudo comprobar {what}: {error}.</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {problem}</source>
        <translation>La estructura del archivo: {problem}</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {n} or more further problems like these.</source>
        <translation>La estructura del archivo: {n} o más problemas adicionales como estos.</translation>
    </message>
    <message>
        <source>The file&apos;s structure: {n} further problems like these.</source>
        <translation>La estructura del archivo: {n} problemas adicionales como estos.</translation>
    </message>
    <message>
        <source>1 {table} record points at a missing {parent} record.</source>
        <translation>1 registro de {table} apunta a un registro de {parent} que no existe.</translation>
    </message>
    <message>
        <source>1 {table} record points at a missing {parent} record (id {ids}).</source>
        <translation>1 registro de {table} apunta a un registro de {parent} que no existe (id {ids}).</translation>
    </message>
    <message>
        <source>{n} {table} records point at a missing {parent} record.</source>
        <translation>{n} registros de {table} apuntan a un registro de {parent} que no existe.</translation>
    </message>
    <message>
        <source>{n} {table} records point at a missing {parent} record (id {ids}).</source>
        <translation>{n} registros de {table} apuntan a un registro de {parent} que no existe (id {ids}).</translation>
    </message>
    <message>
        <source>{n} {table} records point at a missing {parent} record (ids {ids}).</source>
        <translation>{n} registros de {table} apuntan a un registro de {parent} que no existe (ids {ids}).</translation>
    </message>
    <message>
        <source>Could not read the file&apos;s layout: {error}.</source>
        <translation>No se pudo leer la estructura del archivo: {error}.</translation>
    </message>
</context>
<context>
    <name>InterventionStatus</name>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Invoice {number}</source>
        <extracomment>Media types a browser shows inline as the practice&apos;s logo.</extracomment>
        <translation>Factura {number}</translation>
    </message>
    <message>
        <source>Invoice {number}, {client}</source>
        <translation>Factura {number}, {client}</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>Cargos ({count})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>No charges.</source>
        <translation>No hay cargos.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Payments received ({count})</source>
        <translation>Pagos recibidos ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Invoice {number} — DRAFT</source>
        <translation>Factura {number} — BORRADOR</translation>
    </message>
    <message>
        <source>Invoice {number} — VOID</source>
        <translation>Factura {number} — ANULADA</translation>
    </message>
    <message>
        <source>Drafted {date} · not yet issued</source>
        <translation>Borrador del {date} · aún no emitida</translation>
    </message>
    <message>
        <source>Issued {date}</source>
        <translation>Emitida el {date}</translation>
    </message>
    <message>
        <source>Issued {date} · Due {due}</source>
        <translation>Emitida el {date} · Vence el {due}</translation>
    </message>
    <message>
        <source>{draft} — not yet issued: this is not a bill.</source>
        <translation>{draft} — aún no emitida: esto no es un cobro.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Its lines may still change before it is issued.</source>
        <translation>Sus líneas aún pueden cambiar antes de emitirla.</translation>
    </message>
    <message>
        <source>{void} — voided on {date}: {reason}.</source>
        <translation>{void} — anulada el {date}: {reason}.</translation>
    </message>
    <message>
        <source>{void} — voided on {date}.</source>
        <translation>{void} — anulada el {date}.</translation>
    </message>
    <message>
        <source>{void} — voided: {reason}.</source>
        <translation>{void} — anulada: {reason}.</translation>
    </message>
    <message>
        <source>{void} — voided.</source>
        <translation>{void} — anulada.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <source>Nothing is owed on this invoice; its number is kept for the record.</source>
        <translation>No se adeuda nada en esta factura; su número se conserva como constancia.</translation>
    </message>
    <message>
        <source>{status}, 1 day overdue</source>
        <translation>{status}, 1 día de atraso</translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation>{status}, {n} días de atraso</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>How an invoice stands, as its &quot;Status&quot; row says it.</extracomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Issued, unpaid</source>
        <translation>Emitida, sin pagar</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Pagada en su totalidad</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Retainer applied</source>
        <translation>Anticipo aplicado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>{amount} (void)</source>
        <translation>{amount} (anulado)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>on receipt</source>
        <translation>al recibirla</translation>
    </message>
    <message>
        <source>within 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>within {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>Payment due {within}, by {date}.</source>
        <translation>Pagadera {within}, a más tardar el {date}.</translation>
    </message>
    <message>
        <source>Payment due {within} of the date it is issued.</source>
        <translation>Pagadera {within} a partir de la fecha de emisión.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Draft invoice</source>
        <translation>Crear borrador de factura</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Issue invoice {number} to {payer} for {amount}?

Issuing is final: it cannot be undone, and its time, trips and expenses can no longer change. To reverse it, void it.</source>
        <translation>¿Emitir la factura {number} a {payer} por {amount}?

La emisión es definitiva: no se puede deshacer, y su tiempo, trayectos y gastos ya no podrán cambiar. Para revertirla, anúlela.</translation>
    </message>
    <message>
        <source>Issue invoice %d</source>
        <translation>Emitir factura %d</translation>
    </message>
    <message>
        <source>Payment of invoice %d</source>
        <translation>Pago de la factura %d</translation>
    </message>
    <message>
        <source>Record payment of invoice %d</source>
        <translation>Registrar pago de la factura %d</translation>
    </message>
    <message>
        <source>Paid more than owed</source>
        <translation>Pagado más de lo adeudado</translation>
    </message>
    <message>
        <source>Void invoice %d</source>
        <translation>Anular factura %d</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete draft invoice %d? Its time, trips and expenses become unbilled again.

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar el borrador de factura %d? Su tiempo, trayectos y gastos vuelven a quedar sin facturar.

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete draft invoice %d</source>
        <translation>Eliminar borrador de factura %d</translation>
    </message>
    <message>
        <source>invoice %d</source>
        <translation>factura %d</translation>
    </message>
    <message>
        <source>Invoice {number} {day}.pdf</source>
        <translation>Factura {number} {day}.pdf</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Emitir…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>E&amp;liminar borrador</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Invoice {number} — {client}</source>
        <translation>Factura {number} — {client}</translation>
    </message>
    <message>
        <source>Invoice {number} · {client} · {status}</source>
        <translation>Factura {number} · {client} · {status}</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Período: del {first} al {last}</translation>
    </message>
    <message>
        <source>Bill to: %s</source>
        <translation>Facturar a: %s</translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation>Emitida el %s</translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation>Vence el %s</translation>
    </message>
    <message>
        <source>Void since {day}: {reason}</source>
        <translation>Anulada desde el {day}: {reason}</translation>
    </message>
    <message>
        <source>Total {total}   Paid {paid}   Balance {balance}</source>
        <translation>Total {total}   Pagado {paid}   Saldo {balance}</translation>
    </message>
    <message>
        <source>   Credit %s</source>
        <translation>   Saldo a favor %s</translation>
    </message>
    <message>
        <source>Remove its payments first</source>
        <translation>Elimine primero sus pagos</translation>
    </message>
</context>
<context>
    <name>InvoiceGrouping</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>An invoice&apos;s lines come from its time, trips and expenses.</source>
        <translation>Las líneas de una factura provienen de su tiempo, trayectos y gastos.</translation>
    </message>
    <message>
        <source>Draft an invoice for a client and a period.</source>
        <translation>Prepare un borrador de factura para un cliente y un período.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>No existe la factura {number}.</translation>
    </message>
    <message>
        <source>The period ends on or after its first day.</source>
        <translation>El período termina el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>{client} has no unbilled time, trips or expenses from {first} to {last}.</source>
        <translation>{client} no tiene tiempo, trayectos ni gastos sin facturar del {first} al {last}.</translation>
    </message>
    <message>
        <source>redrawn</source>
        <comment>so it cannot be …</comment>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>so it cannot be …</comment>
        <translation>cambiar</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>so it cannot be …</comment>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>Invoice {number} is not the latest (invoice {latest} is), so removing it would leave a gap in the numbers; void it instead.</source>
        <translation>La factura {number} no es la más reciente (la más reciente es la factura {latest}), así que eliminarla dejaría un salto en la numeración; anúlela en su lugar.</translation>
    </message>
    <message>
        <source>Invoice {number} was issued on {date}, so it cannot be {what}; void it and draft a new one.</source>
        <translation>La factura {number} se emitió el {date}, por lo que no se puede {what}; anúlela y cree un nuevo borrador.</translation>
    </message>
    <message>
        <source>Invoice {number} was issued, so it cannot be {what}; void it and draft a new one.</source>
        <translation>La factura {number} se emitió, por lo que no se puede {what}; anúlela y cree un nuevo borrador.</translation>
    </message>
    <message>
        <source>Invoice {number} was void on {date}, so it cannot be {what}.</source>
        <translation>La factura {number} se anuló el {date}, por lo que no se puede {what}.</translation>
    </message>
    <message>
        <source>Invoice {number} was void, so it cannot be {what}.</source>
        <translation>La factura {number} está anulada, por lo que no se puede {what}.</translation>
    </message>
    <message>
        <source>issued again</source>
        <comment>so it cannot be …</comment>
        <translation>emitir de nuevo</translation>
    </message>
    <message>
        <source>Invoice {number} is void already.</source>
        <translation>La factura {number} ya está anulada.</translation>
    </message>
    <message>
        <source>Invoice {number} has {money} paid against it; remove the payments before voiding it.</source>
        <translation>La factura {number} tiene {money} pagados; elimine los pagos antes de anularla.</translation>
    </message>
    <message>
        <source>Invoice {number} is a draft: issue it first.</source>
        <translation>La factura {number} es un borrador: emítala primero.</translation>
    </message>
    <message>
        <source>Invoice {number} is void.</source>
        <translation>La factura {number} está anulada.</translation>
    </message>
    <message>
        <source>Invoice {number} was issued on {date}; a payment of it is on that day or later (money paid ahead is the client&apos;s retainer).</source>
        <translation>La factura {number} se emitió el {date}; un pago de ella debe ser de ese día o posterior (el dinero pagado por adelantado es el anticipo del cliente).</translation>
    </message>
    <message>
        <source>That is {money} more than invoice {number} owed; it is kept as a credit for {client}, drawn on by the next invoice.</source>
        <translation>Eso es {money} más de lo que se debía en la factura {number}; se guarda como saldo a favor de {client}, que se aplicará a la próxima factura.</translation>
    </message>
    <message>
        <source>Invoice {number} has been issued, so it stays as it is; void it (and draft a new one) instead of undoing.</source>
        <translation>La factura {number} ya se emitió, así que se queda como está; anúlela (y cree un nuevo borrador) en lugar de deshacer.</translation>
    </message>
    <message>
        <source>Invoice {number} has been void, so it stays as it is; void it (and draft a new one) instead of undoing.</source>
        <translation>La factura {number} ya se anuló, así que se queda como está; anúlela (y cree un nuevo borrador) en lugar de deshacer.</translation>
    </message>
    <message>
        <source>Undoing that would leave a gap in the invoice numbers (a later invoice was drafted since); void the invoice instead.</source>
        <translation>Deshacer eso dejaría un hueco en la numeración de las facturas (desde entonces se preparó una factura posterior); mejor anule la factura.</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <extracomment>The client&apos;s mileage rate in mills a unit (the agreement&apos;s, else the year&apos;s business rate). What the client has paid ahead and not yet drawn on, in cents.</extracomment>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{activity}: {count} times, {hours}</source>
        <translation>{activity}: {count} veces, {hours}</translation>
    </message>
    <message>
        <source>{activity}: 1 time, {hours}</source>
        <translation>{activity}: 1 vez, {hours}</translation>
    </message>
    <message>
        <source>{start} to {end} and back</source>
        <translation>De {start} a {end}, ida y vuelta</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>De {start} a {end}</translation>
    </message>
    <message>
        <source>Retainer applied</source>
        <translation>Anticipo aplicado</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>The aged receivables&apos; columns: not yet due, then up to 30, 60, 90 and over 90 days late. Marked for translation in context &quot;Invoicing&quot;: translate(&quot;Invoicing&quot;, AGES[n]) where shown.</extracomment>
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>billing agreement</source>
        <translation>acuerdo de facturación</translation>
    </message>
    <message>
        <source>billing agreements</source>
        <translation>acuerdos de facturación</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>registro de tiempo</translation>
    </message>
    <message>
        <source>time entries</source>
        <translation>registros de tiempo</translation>
    </message>
    <message>
        <source>running timer</source>
        <translation>cronómetro en marcha</translation>
    </message>
    <message>
        <source>running timers</source>
        <translation>cronómetros en marcha</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>gastos</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>línea de factura</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>líneas de factura</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>medidas</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>care-team member</source>
        <translation>miembro del equipo de cuidados</translation>
    </message>
    <message>
        <source>care-team members</source>
        <translation>miembros del equipo de cuidados</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>afección</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>afecciones</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>medication change</source>
        <translation>cambio de medicamento</translation>
    </message>
    <message>
        <source>medication changes</source>
        <translation>cambios de medicamentos</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>change to one visit</source>
        <translation>cambio en una visita</translation>
    </message>
    <message>
        <source>changes to visits</source>
        <translation>cambios en visitas</translation>
    </message>
    <message>
        <source>place in the day&apos;s route</source>
        <translation>lugar en la ruta del día</translation>
    </message>
    <message>
        <source>places in the day&apos;s route</source>
        <translation>lugares en la ruta del día</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>planes de cuidados</translation>
    </message>
    <message>
        <source>care-plan problem</source>
        <translation>problema del plan de cuidados</translation>
    </message>
    <message>
        <source>care-plan problems</source>
        <translation>problemas del plan de cuidados</translation>
    </message>
    <message>
        <source>care-plan goal</source>
        <translation>objetivo del plan de cuidados</translation>
    </message>
    <message>
        <source>care-plan goals</source>
        <translation>objetivos del plan de cuidados</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>care-plan review</source>
        <translation>revisión del plan de cuidados</translation>
    </message>
    <message>
        <source>care-plan reviews</source>
        <translation>revisiones del plan de cuidados</translation>
    </message>
    <message>
        <source>medicines reconciliation</source>
        <translation>conciliación de medicamentos</translation>
    </message>
    <message>
        <source>medicines reconciliations</source>
        <translation>conciliaciones de medicamentos</translation>
    </message>
    <message>
        <source>reconciliation line</source>
        <translation>línea de conciliación</translation>
    </message>
    <message>
        <source>reconciliation lines</source>
        <translation>líneas de conciliación</translation>
    </message>
    <message>
        <source>visit record</source>
        <translation>registro de visita</translation>
    </message>
    <message>
        <source>visit records</source>
        <translation>registros de visita</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>derivaciones</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferencias</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>The languages carebook is translated into, by ISO 639 code, each named in itself. The translators in use, kept alive here (Qt holds only a pointer to each). The language installed last, or None before the first install. Whether that language was asked for by name (`--language`), rather than looked up.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>carebook will speak the language you chose when you next start it.</source>
        <translation>carebook usará el idioma que eligió la próxima vez que lo inicie.</translation>
    </message>
</context>
<context>
    <name>LineKind</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Millaje</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Retainer</source>
        <translation>Anticipo</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Name</source>
        <extracomment>Its heading as written; with `context`, marked for translation there and translated when read as `title`. How much of the spare width this column takes, by weight against the other text columns; 0 is a short column, sized to its content and heading and never cut (allergies among them: a safety word is never cut short). Hidden while every row shows the same value (&quot;Home visit&quot;, &quot;Not needed&quot;), unless the user has chosen to show it. The values that get no warning sign although the column has badges (&quot;No known drug allergies&quot; is a value to read, not a warning), as the words shown for them. The translation context `heading` is marked in; &quot;&quot; for a heading already in its words. The columns of each list (carebook.storage.listings names the lists), in the order shown.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Nacimiento (edad)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según sea necesario</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
</context>
<context>
    <name>ListRows</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Aún no registrado</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search %s</source>
        <translation>Buscar en %s</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Only show dates in this range</source>
        <translation>Mostrar solo fechas en este intervalo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open patient record</source>
        <translation>Abrir el expediente del paciente</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>A search is at most {limit} characters (this one has {length}); shorten it.</source>
        <extracomment>Found by a search this many times or more, a list&apos;s page is read along its order. Each kind of review: its kind, key, patient, due date, what it is, tables and condition. The last count read: (list, its query&apos;s conditions, how many), see list_rows.</extracomment>
        <translation>Una búsqueda tiene como máximo {limit} caracteres (esta tiene {length}); acórtela.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>carebook is locked</source>
        <extracomment>Events through which a person acts on a window: none but a cover&apos;s get through a lock. What counts as the coordinator using carebook (a repaint or a timer does not).</extracomment>
        <translation>carebook está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>That is not the passphrase. Try again.</source>
        <translation>Esa no es la frase de contraseña. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Choose the list to export first: Patients, Medications, Appointments or Tasks (Ctrl+{first} … Ctrl+{last}).</source>
        <translation>Primero elija la lista que desea exportar: Pacientes, Medicamentos, Citas o Tareas (Ctrl+{first} … Ctrl+{last}).</translation>
    </message>
    <message>
        <source>Sample caseload</source>
        <translation>Cartera de ejemplo</translation>
    </message>
    <message>
        <source>This caseload already has records, so the sample is not added. Start carebook with an empty caseload file (--db) to try the sample.</source>
        <translation>Esta cartera ya tiene registros, así que no se agrega el ejemplo. Inicie carebook con un archivo de cartera vacío (--db) para probar el ejemplo.</translation>
    </message>
    <message>
        <source>Opening the caseload</source>
        <translation>Apertura de la cartera</translation>
    </message>
    <message>
        <source>⚠ Some text is damaged: Tools → Check database</source>
        <translation>⚠ Hay texto dañado: Herramientas → Comprobar base de datos</translation>
    </message>
    <message>
        <source>Some text in the caseload file is damaged and is shown with �. Tools → Check database lists the records; open each and type the value again.</source>
        <translation>Parte del texto del archivo de la cartera está dañado y se muestra con �. Herramientas → Comprobar base de datos enumera los registros; abra cada uno y escriba el valor de nuevo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Print day sheet…</source>
        <translation>&amp;Imprimir hoja del día…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save day sheet as P&amp;DF…</source>
        <translation>Guardar hoja del día como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Exportar lista como CSV…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Re&amp;concile medications…</source>
        <translation>&amp;Conciliar medicamentos…</translation>
    </message>
    <message>
        <source>Set a hospital discharge medication list beside a patient&apos;s, and apply it</source>
        <translation>Poner una lista de medicamentos del alta hospitalaria junto a la del paciente y aplicarla</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de seguridad a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Pro&amp;tect with passphrase…</source>
        <translation>&amp;Proteger con frase de contraseña…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambi&amp;ar frase de contraseña…</translation>
    </message>
    <message>
        <source>Remo&amp;ve passphrase…</source>
        <translation>&amp;Quitar frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide every patient detail until unlocked (Ctrl+L)</source>
        <translation>Ocultar todos los datos de los pacientes hasta desbloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Load &amp;sample caseload…</source>
        <translation>Cargar cartera de e&amp;jemplo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Visit note &amp;templates…</source>
        <translation>&amp;Plantillas de notas de visita…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Reset the Agenda&apos;s pane si&amp;zes</source>
        <translation>Restablecer el &amp;tamaño de los paneles de la Agenda</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Find &amp;anything…</source>
        <translation>Buscar &amp;cualquier cosa…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Herramie&amp;ntas</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Registro de actividad…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Comprobar base de datos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Hacer el &amp;recorrido</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;About carebook</source>
        <translation>&amp;Acerca de carebook</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Team s&amp;ync…</source>
        <translation>Sincr&amp;onización del equipo…</translation>
    </message>
    <message>
        <source>Share this caseload with your team through a hub</source>
        <translation>Compartir esta cartera con su equipo a través de un servidor central</translation>
    </message>
    <message>
        <source>Sync no&amp;w</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Send your changes to the team and receive theirs</source>
        <translation>Enviar sus cambios al equipo y recibir los de los demás</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flictos…</translation>
    </message>
    <message>
        <source>Settle the records you and the team changed at the same time</source>
        <translation>Resolver los registros que usted y el equipo cambiaron al mismo tiempo</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <extracomment>A toolbar slot: an action&apos;s icon name, or None for a separator. The toolbar, left to right: what a coordinator reaches for all day. Shown by their icon alone: the arrows and undo say what they do.</extracomment>
        <translation>Barra de herramientas</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>That measure is no longer defined.</source>
        <translation>Esa medida ya no está definida.</translation>
    </message>
    <message>
        <source>1 reading use this measure; it stays while they are kept.</source>
        <translation>1 lectura usa esta medida; la medida se mantiene mientras se conserve la lectura.</translation>
    </message>
    <message>
        <source>{n} readings use this measure; it stays while they are kept.</source>
        <translation>{n} lecturas usan esta medida; la medida se mantiene mientras se conserven.</translation>
    </message>
    <message>
        <source>There is a measure called {name} already.</source>
        <translation>Ya existe una medida llamada {name}.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Blood pressure</source>
        <extracomment>Blood pressure has two numbers (systolic/diastolic), each with its own ranges and code. Decimals shown (pain is a whole number).</extracomment>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO₂)</source>
        <translation>Saturación de oxígeno (SpO₂)</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Glucosa en sangre</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>No measure &apos;{kind}&apos;; carebook knows {known}.</source>
        <extracomment>Body mass index, worked out from a weight and the latest height.</extracomment>
        <translation>No existe la medida &apos;{kind}&apos;; carebook conoce {known}.</translation>
    </message>
    <message>
        <source>{name} is measured in {fits}, not {unit}.</source>
        <translation>{name} se mide en {fits}, no en {unit}.</translation>
    </message>
    <message>
        <source>A {measure} of {value:g} {unit} is outside {low:g}–{high:g}; is it a typo?</source>
        <translation>Un valor de {measure} de {value:g} {unit} está fuera de {low:g}–{high:g}; ¿es un error de escritura?</translation>
    </message>
    <message>
        <source>{measure} needs both numbers, such as 128/82.</source>
        <translation>{measure} necesita los dos números, como 128/82.</translation>
    </message>
    <message>
        <source>A diastolic pressure of {value:g} is outside {low:g}–{high:g}.</source>
        <translation>Una presión diastólica de {value:g} está fuera del rango {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>The diastolic (second) number is above the systolic (first).</source>
        <translation>El número diastólico (segundo) es mayor que el sistólico (primero).</translation>
    </message>
    <message>
        <source>{measure} is a whole number.</source>
        <translation>{measure} es un número entero.</translation>
    </message>
</context>
<context>
    <name>MeasuresReport</name>
    <message>
        <source>No patient with id {id}.</source>
        <extracomment>How many of a measure&apos;s latest readings its table lists, the latest first.</extracomment>
        <translation>No hay ningún paciente con el id {id}.</translation>
    </message>
    <message>
        <source>MEASURES AND ASSESSMENTS</source>
        <translation>MEDIDAS Y EVALUACIONES</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>No measures or assessments recorded.</source>
        <translation>No hay medidas ni evaluaciones registradas.</translation>
    </message>
    <message>
        <source>Measures and assessments, {name}, {date}</source>
        <translation>Medidas y evaluaciones, {name}, {date}</translation>
    </message>
    <message>
        <source>Measures and assessments · {name} · {date}</source>
        <translation>Medidas y evaluaciones · {name} · {date}</translation>
    </message>
    <message>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <source>1 reading</source>
        <translation>1 lectura</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} lecturas</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>normal {low}–{high}</source>
        <translation>normal {low}–{high}</translation>
    </message>
    <message>
        <source>systolic above, diastolic below</source>
        <translation>sistólica arriba, diastólica abajo</translation>
    </message>
    <message>
        <source>Latest readings ({shown} of {count})</source>
        <translation>Últimas lecturas ({shown} de {count})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>MedicationChecks</name>
    <message>
        <source>{warning} with {medication}</source>
        <extracomment>The medications&apos; names, in the order of `medication_ids` (for a list or a sheet). What it is about in a few words: the allergy (&quot;Ibuprofen (wheeze)&quot;), or what an order leaves out (&quot;dose, prescriber&quot;).</extracomment>
        <translation>{warning} con {medication}</translation>
    </message>
    <message>
        <source>{warning}: no {missing}</source>
        <translation>{warning}: falta {missing}</translation>
    </message>
    <message>
        <source>{warning}: {about}</source>
        <translation>{warning}: {about}</translation>
    </message>
    <message>
        <source>{medication}: the patient is allergic to {allergy}.</source>
        <extracomment>Statuses of a medication the checks look at: what the patient takes, or will again.</extracomment>
        <translation>{medication}: el paciente es alérgico a {allergy}.</translation>
    </message>
    <message>
        <source>{medication} contains {what}: the patient is allergic to {allergy}.</source>
        <translation>{medication} contiene {what}: el paciente es alérgico a {allergy}.</translation>
    </message>
    <message>
        <source>{medication} is {article} {kind}: the patient is allergic to {allergy}.</source>
        <translation>{medication} es {article} {kind}: el paciente es alérgico a {allergy}.</translation>
    </message>
    <message>
        <source>{medication} is {article} {kind}, like the patient&apos;s allergy to {allergy}.</source>
        <translation>{medication} es {article} {kind}, como la alergia del paciente a {allergy}.</translation>
    </message>
    <message>
        <source>{medication} is {article} {kind}, like the patient&apos;s allergy to {allergy}. Check before giving it.</source>
        <translation>{medication} es {article} {kind}, como la alergia del paciente a {allergy}. Compruébelo antes de darlo.</translation>
    </message>
    <message>
        <source>{medication} is {article} {kind}; the patient is allergic to {allergy}. {why}</source>
        <translation>{medication} es {article} {kind}; el paciente es alérgico a {allergy}. {why}</translation>
    </message>
    <message>
        <source>{medication} is on the list twice: usually one is meant.</source>
        <translation>{medication} está dos veces en la lista: normalmente se quiere una sola.</translation>
    </message>
    <message>
        <source>{first} and {second} both contain {what}.</source>
        <translation>{first} y {second} contienen {what}.</translation>
    </message>
    <message>
        <source>{first} and {second} are both of one kind, {kind}: usually only one is taken at a time.</source>
        <translation>{first} y {second} son del mismo tipo, {kind}: normalmente solo se toma uno a la vez.</translation>
    </message>
    <message>
        <source>what it is taken for (as needed)</source>
        <translation>para qué se toma (según sea necesario)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>the most to take in a day (as needed)</source>
        <translation>el máximo que se puede tomar en un día (según sea necesario)</translation>
    </message>
    <message>
        <source>daily most</source>
        <translation>máximo diario</translation>
    </message>
    <message>
        <source>the dose</source>
        <translation>la dosis</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>the prescriber</source>
        <translation>el prescriptor</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>prescriptor</translation>
    </message>
    <message>
        <source>{medication} does not say {missing}.</source>
        <translation>En {medication} no se indica {missing}.</translation>
    </message>
    <message>
        <source>{these} or {last}</source>
        <translation>{these} o {last}</translation>
    </message>
    <message>
        <source>1 medication warning</source>
        <translation>1 advertencia de medicamento</translation>
    </message>
    <message>
        <source>{count} medication warnings</source>
        <translation>{count} advertencias de medicamentos</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>This patient already takes {listed}. Is the same drug meant to be active twice?</source>
        <translation>Este paciente ya toma {listed}. ¿Debe estar activo el mismo fármaco dos veces?</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dosis cambiada</translation>
    </message>
    <message>
        <source>Reason for the change (optional):</source>
        <translation>Motivo del cambio (opcional):</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>A reason is needed.</source>
        <translation>Se necesita un motivo.</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <source>Stop medication</source>
        <translation>Suspender medicamento</translation>
    </message>
    <message>
        <source>Why is it stopped?</source>
        <translation>¿Por qué se suspende?</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Poner en pausa…</translation>
    </message>
    <message>
        <source>Put medication on hold</source>
        <translation>Poner medicamento en pausa</translation>
    </message>
    <message>
        <source>Why is it on hold?</source>
        <translation>¿Por qué se pone en pausa?</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>Resume medication</source>
        <translation>Reanudar medicamento</translation>
    </message>
    <message>
        <source>Why is it resumed? (optional)</source>
        <translation>¿Por qué se reanuda? (opcional)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
</context>
<context>
    <name>MedicationEventKind</name>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dosis cambiada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>Whose medication</source>
        <extracomment>How often the warnings are worked out again while the form is open (they follow typing).</extracomment>
        <translation>De quién es el medicamento</translation>
    </message>
    <message>
        <source>Medication warnings</source>
        <translation>Advertencias de medicamentos</translation>
    </message>
    <message>
        <source>%s

To save it anyway, say why (kept with the medication):</source>
        <translation>%s

Para guardarlo de todos modos, indique por qué (se guarda con el medicamento):</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>A reason is needed to save over this warning.</source>
        <translation>Se necesita un motivo para guardar pese a esta advertencia.</translation>
    </message>
</context>
<context>
    <name>MedicationSheets</name>
    <message>
        <source>No patient with id {id}.</source>
        <translation>No hay ningún paciente con el id {id}.</translation>
    </message>
    <message>
        <source>The changes since {date} have not happened yet: choose a day up to today.</source>
        <translation>Los cambios desde el {date} aún no han ocurrido: elija un día hasta hoy.</translation>
    </message>
    <message>
        <source>Medication list, {name}, {date}</source>
        <translation>Lista de medicamentos, {name}, {date}</translation>
    </message>
    <message>
        <source>Medication changes, {name}, {date}</source>
        <translation>Cambios de medicamentos, {name}, {date}</translation>
    </message>
    <message>
        <source>MEDICATION LIST</source>
        <translation>LISTA DE MEDICAMENTOS</translation>
    </message>
    <message>
        <source>Medicines taken now ({count})</source>
        <translation>Medicamentos que toma ahora ({count})</translation>
    </message>
    <message>
        <source>No medicines are being taken now.</source>
        <translation>No toma ningún medicamento ahora.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Medication list · {name} · {date}</source>
        <translation>Lista de medicamentos · {name} · {date}</translation>
    </message>
    <message>
        <source>For {reason}</source>
        <translation>Para {reason}</translation>
    </message>
    <message>
        <source>When needed for {reason}</source>
        <translation>Si es necesario, para {reason}</translation>
    </message>
    <message>
        <source>No more than {most} a day</source>
        <translation>No más de {most} al día</translation>
    </message>
    <message>
        <source>{n} started</source>
        <extracomment>How the change sheet counts each kind of change (&quot;2 started, 1 dose changed&quot;).</extracomment>
        <translation>{n} iniciado(s)</translation>
    </message>
    <message>
        <source>{n} dose changed</source>
        <translation>{n} con cambio de dosis</translation>
    </message>
    <message>
        <source>{n} changed otherwise</source>
        <translation>{n} con otros cambios</translation>
    </message>
    <message>
        <source>{n} put on hold</source>
        <translation>{n} en pausa</translation>
    </message>
    <message>
        <source>{n} resumed</source>
        <translation>{n} reanudado(s)</translation>
    </message>
    <message>
        <source>{n} stopped</source>
        <translation>{n} suspendido(s)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>MEDICATION CHANGES</source>
        <translation>CAMBIOS DE MEDICAMENTOS</translation>
    </message>
    <message>
        <source> · since {date}: {summary}</source>
        <translation> · desde el {date}: {summary}</translation>
    </message>
    <message>
        <source>Changes from {first} to {last}</source>
        <translation>Cambios del {first} al {last}</translation>
    </message>
    <message>
        <source>Medication changes · {name} · since {date}</source>
        <translation>Cambios de medicamentos · {name} · desde el {date}</translation>
    </message>
</context>
<context>
    <name>MedicationStatus</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
</context>
<context>
    <name>MileageLog</name>
    <message>
        <source>1 trip</source>
        <translation>1 trayecto</translation>
    </message>
    <message>
        <source>{n} trips</source>
        <translation>{n} trayectos</translation>
    </message>
    <message>
        <source>distances in {unit}</source>
        <translation>distancias en {unit}</translation>
    </message>
    <message>
        <source>Mileage log {year}</source>
        <translation>Registro de millaje {year}</translation>
    </message>
    <message>
        <source>MILEAGE LOG</source>
        <translation>REGISTRO DE MILLAJE</translation>
    </message>
    <message>
        <source>Totals by purpose</source>
        <translation>Totales por motivo</translation>
    </message>
    <message>
        <source>Trips ({count})</source>
        <translation>Trayectos ({count})</translation>
    </message>
    <message>
        <source>No trips logged in {year}.</source>
        <translation>No hay trayectos registrados en {year}.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trayectos</translation>
    </message>
    <message>
        <source>Rate for {year}</source>
        <translation>Tarifa de {year}</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deducible</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Todos los trayectos</translation>
    </message>
    <message>
        <source>No odometer readings were logged this year.</source>
        <translation>No se registraron lecturas del odómetro este año.</translation>
    </message>
    <message>
        <source>First reading</source>
        <translation>Primera lectura</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <source>Between them</source>
        <translation>Entre ambas</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odómetro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source> and back</source>
        <translation> y regreso</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{what} should be a number such as {places}.</source>
        <extracomment>A typed amount: digits with optional thousands commas, and up to `places` decimals. The largest amount carebook keeps (ten million): a bigger one is a typo.</extracomment>
        <translation>{what} debe ser un número como {places}.</translation>
    </message>
    <message>
        <source>{what} has {count} decimals; at most {places} are kept (such as {example}).</source>
        <translation>{what} tiene {count} decimales; se guardan como máximo {places} (como {example}).</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El monto</translation>
    </message>
    <message>
        <source>{what} of {cents} is more than carebook keeps.</source>
        <translation>{what} de {cents} supera lo que carebook puede guardar.</translation>
    </message>
    <message>
        <source>The rate</source>
        <translation>La tarifa</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}</source>
        <translation>{weekday}, {day} de {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>{day}: no visits</source>
        <translation>{day}: sin visitas</translation>
    </message>
    <message>
        <source>{day}: {count} visits, two or more overlap</source>
        <translation>{day}: {count} visitas, dos o más se superponen</translation>
    </message>
    <message>
        <source>{day}: {count} visits</source>
        <translation>{day}: {count} visitas</translation>
    </message>
    <message>
        <source>%s visits</source>
        <translation>%s visitas</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>⚠ overlap</source>
        <translation>⚠ superposición</translation>
    </message>
</context>
<context>
    <name>NamesWindow</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>NoteTemplatesDialog</name>
    <message>
        <source>Visit note templates</source>
        <translation>Plantillas de notas de visita</translation>
    </message>
    <message>
        <source>Visit purposes</source>
        <translation>Motivos de visita</translation>
    </message>
    <message>
        <source>the visit&apos;s purpose or kind, e.g. Wound care</source>
        <translation>el motivo o tipo de la visita, p. ej. Cuidado de heridas</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Free text and SOAP are always offered. A visit&apos;s note starts from the template named as its purpose or kind.</source>
        <translation>Siempre se ofrecen texto libre y SOAP. La nota de una visita parte de la plantilla que lleva el nombre de su motivo o tipo.</translation>
    </message>
    <message>
        <source>There is a template for %s already.</source>
        <translation>Ya existe una plantilla para %s.</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nuevo motivo</translation>
    </message>
    <message>
        <source>New purpose %d</source>
        <translation>Nuevo motivo %d</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The templates you changed are not saved yet. Discard the changes?</source>
        <translation>Las plantillas que cambió aún no están guardadas. ¿Descartar los cambios?</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>cannot write {path}: it is the caseload itself; choose another file name</source>
        <translation>no se puede escribir {path}: es la propia cartera; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a file carebook keeps beside the caseload; choose another file name</source>
        <translation>no se puede escribir {path}: es un archivo que carebook guarda junto a la cartera; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write {path}: it is in carebook&apos;s backups folder; choose another folder</source>
        <translation>no se puede escribir {path}: está en la carpeta de copias de seguridad de carebook; elija otra carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: it is the caseload (or one of its files) under another name; choose another file name</source>
        <translation>no se puede escribir {path}: es la cartera (o uno de sus archivos) con otro nombre; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a carebook caseload; choose another file name</source>
        <translation>no se puede escribir {path}: es una cartera de carebook; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>{problem}{space}; {name} was not written and the earlier file is left as it was</source>
        <translation>{problem}{space}; no se escribió {name} y el archivo anterior queda como estaba</translation>
    </message>
    <message>
        <source>{problem}{space}; {name} was not written</source>
        <translation>{problem}{space}; no se escribió {name}</translation>
    </message>
    <message>
        <source> (the disk is full: {kb} KB free)</source>
        <translation> (el disco está lleno: quedan {kb} KB libres)</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>1 older backup could not be converted and is as before.</source>
        <translation>1 copia de seguridad anterior no se pudo convertir y sigue como estaba.</translation>
    </message>
    <message>
        <source>{n} older backups could not be converted and are as before.</source>
        <translation>{n} copias de seguridad anteriores no se pudieron convertir y siguen como estaban.</translation>
    </message>
    <message>
        <source>1 damaged copy kept beside the caseload is now sealed under the passphrase (a .sealed file).</source>
        <translation>1 copia dañada guardada junto a la cartera ahora está sellada con la frase de contraseña (un archivo .sealed).</translation>
    </message>
    <message>
        <source>{n} damaged copies kept beside the caseload are now sealed under the passphrase (a .sealed file).</source>
        <translation>{n} copias dañadas guardadas junto a la cartera ahora están selladas con la frase de contraseña (un archivo .sealed).</translation>
    </message>
    <message>
        <source>1 sealed damaged copy is unsealed beside the caseload.</source>
        <translation>1 copia dañada sellada se ha desellado junto a la cartera.</translation>
    </message>
    <message>
        <source>{n} sealed damaged copies are unsealed beside the caseload.</source>
        <translation>{n} copias dañadas selladas se han desellado junto a la cartera.</translation>
    </message>
</context>
<context>
    <name>PatientBilling</name>
    <message>
        <source>Agreement</source>
        <extracomment>How many of her latest time entries the tab lists (the Billing tab has them all).</extracomment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Edit a&amp;greement…</source>
        <translation>Editar a&amp;cuerdo…</translation>
    </message>
    <message>
        <source>Start ti&amp;mer for her</source>
        <translation>Iniciar cro&amp;nómetro para ella</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Sin facturar</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Recent time</source>
        <translation>Tiempo reciente</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarifa por hora</translation>
    </message>
    <message>
        <source>{rate} (the practice&apos;s)</source>
        <translation>{rate} (la de la consulta)</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Millaje</translation>
    </message>
    <message>
        <source>{rate} / {unit}</source>
        <translation>{rate} / {unit}</translation>
    </message>
    <message>
        <source>{rate} / {unit} (the standard business rate)</source>
        <translation>{rate} / {unit} (la tarifa comercial estándar)</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <source>Retainer left</source>
        <translation>Anticipo restante</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>%s days</source>
        <translation>%s días</translation>
    </message>
    <message>
        <source>Set up a&amp;greement…</source>
        <translation>Configurar a&amp;cuerdo…</translation>
    </message>
    <message>
        <source>Unbilled: {hours}, {amount}</source>
        <translation>Sin facturar: {hours}, {amount}</translation>
    </message>
    <message>
        <source>No unbilled time.</source>
        <translation>No hay tiempo sin facturar.</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>sin facturar</translation>
    </message>
    <message>
        <source>{status} · {days} days overdue</source>
        <translation>{status} · {days} días de atraso</translation>
    </message>
    <message>
        <source>Invoices · balance due %s</source>
        <translation>Facturas · saldo pendiente %s</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aún no hay facturas.</translation>
    </message>
</context>
<context>
    <name>PatientBlocks</name>
    <message>
        <source>{month} {day}, {year}</source>
        <comment>a date, month first</comment>
        <extracomment>The class of a line that says something is missing (&quot;None recorded.&quot;).</extracomment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <comment>a date, month in full first</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date, month in full</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a weekday and a date</comment>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <comment>a day, month first</comment>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}</source>
        <translation>Preparado por {name} el {date}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Born {date} (aged {age})</source>
        <translation>Fecha de nacimiento: {date} ({age} años)</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>No date of birth recorded</source>
        <translation>No hay fecha de nacimiento registrada</translation>
    </message>
    <message>
        <source>{statement} — ask, and record them</source>
        <translation>{statement} — pregunte y regístrelas</translation>
    </message>
    <message>
        <source>{allergies} {statement}</source>
        <translation>{allergies} {statement}</translation>
    </message>
    <message>
        <source>ALLERGIES:</source>
        <translation>ALERGIAS:</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
        <translation>ALERGIAS</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>alto riesgo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No care team recorded.</source>
        <translation>No hay equipo de cuidados registrado.</translation>
    </message>
    <message>
        <source>{role} (emergency contact)</source>
        <translation>{role} (contacto de emergencia)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Current medications ({count})</source>
        <translation>Medicamentos actuales ({count})</translation>
    </message>
    <message>
        <source>No current medications recorded.</source>
        <translation>No hay medicamentos actuales registrados.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>AS NEEDED</source>
        <translation>SEGÚN SEA NECESARIO</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>a las {times}</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>For {reason}</source>
        <translation>Para {reason}</translation>
    </message>
    <message>
        <source>Max {most} a day</source>
        <translation>Máx. {most} al día</translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Hasta el {date}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>{change}: {detail}</source>
        <translation>{change}: {detail}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PatientDocuments</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Review / expiry</source>
        <translation>Revisión / vencimiento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Directiva anticipada</translation>
    </message>
    <message>
        <source>POLST</source>
        <translation>POLST</translation>
    </message>
    <message>
        <source>Health-care POA</source>
        <translation>Poder notarial para atención médica</translation>
    </message>
    <message>
        <source>{document} —</source>
        <translation>{document} —</translation>
    </message>
    <message>
        <source>{document} ✓ (review due)</source>
        <translation>{document} ✓ (revisión pendiente)</translation>
    </message>
    <message>
        <source>{document} ✓</source>
        <translation>{document} ✓</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Editar documento</translation>
    </message>
    <message>
        <source>the document “%s”</source>
        <translation>el documento “%s”</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Agregar &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar detalles…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>No documents yet. Keep her advance directive, POLST, powers of attorney and insurance cards here: Add document…</source>
        <translation>Aún no hay documentos. Guarde aquí su directiva anticipada, POLST, poderes notariales y tarjetas de seguro: Agregar documento…</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <source>Add patient</source>
        <extracomment>The most patients a duplicate question offers to open (it lists every one).</extracomment>
        <translation>Agregar paciente</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This patient may already be in the caseload:</source>
        <translation>Puede que este paciente ya esté en la cartera:</translation>
    </message>
    <message>
        <source>Open their record to carry on there, or go back to the form to check what you typed. Save anyway only if this is someone else.</source>
        <translation>Abra su expediente para continuar allí, o vuelva al formulario para revisar lo que escribió. Guarde de todos modos solo si se trata de otra persona.</translation>
    </message>
    <message>
        <source>Open %s&apos;s record</source>
        <translation>Abrir el expediente de %s</translation>
    </message>
    <message>
        <source>&amp;Save as a new patient anyway</source>
        <translation>&amp;Guardar como paciente nuevo de todos modos</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
        <source>Their medications, appointments, tasks, notes and care plan go too. To keep them, discharge the patient instead.</source>
        <translation>También se eliminan sus medicamentos, citas, tareas, notas y plan de cuidados. Para conservarlos, dé de alta al paciente en su lugar.</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Dar de alta al paciente</translation>
    </message>
    <message>
        <source>Make patient active</source>
        <translation>Activar al paciente</translation>
    </message>
    <message>
        <source>Put patient on hold</source>
        <translation>Poner al paciente en pausa</translation>
    </message>
    <message>
        <source>Change patient status</source>
        <translation>Cambiar el estado del paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>%d appointment with visits still to come</source>
        <translation>%d cita con visitas pendientes</translation>
    </message>
    <message>
        <source>%d appointments with visits still to come</source>
        <translation>%d citas con visitas pendientes</translation>
    </message>
    <message>
        <source>%d open task</source>
        <translation>%d tarea abierta</translation>
    </message>
    <message>
        <source>%d open tasks</source>
        <translation>%d tareas abiertas</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>{name} has {first} and {second}.</source>
        <translation>{name} tiene {first} y {second}.</translation>
    </message>
    <message>
        <source>%s has %s.</source>
        <translation>%s tiene %s.</translation>
    </message>
    <message>
        <source>Cancel them as well? A repeating visit ends today; past visits and finished tasks stay as they are. You can undo this with Ctrl+Z.</source>
        <translation>¿Cancelarlas también? Una visita periódica termina hoy; las visitas pasadas y las tareas terminadas quedan como están. Puede deshacer esto con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Discharge and &amp;cancel them</source>
        <translation>Dar de alta y &amp;cancelarlas</translation>
    </message>
    <message>
        <source>Discharge, &amp;keep them</source>
        <translation>Dar de alta y &amp;mantenerlas</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>&amp;Cancelarlas</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Mantenerlas</translation>
    </message>
    <message>
        <source>Discharge (keep the record)</source>
        <translation>Dar de alta (conservar el expediente)</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Volver a activar</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Poner en pausa</translation>
    </message>
    <message>
        <source>born %s</source>
        <translation>fecha de nac. %s</translation>
    </message>
    <message>
        <source>MRN %s</source>
        <translation>MRN %s</translation>
    </message>
</context>
<context>
    <name>PatientMeasures</name>
    <message>
        <source>Measure</source>
        <extracomment>The reading shown (None for BMI and an instrument&apos;s latest total).</extracomment>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <source>From the latest weight and height</source>
        <translation>Según el último peso y la última estatura</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corregida</translation>
    </message>
    <message>
        <source>Latest measures</source>
        <translation>Últimas medidas</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Resultados de evaluaciones</translation>
    </message>
    <message>
        <source>No readings or assessments yet: Add reading… or Assess… to begin.</source>
        <translation>Aún no hay lecturas ni evaluaciones: Agregar lectura… o Evaluar… para empezar.</translation>
    </message>
    <message>
        <source>Add &amp;reading…</source>
        <translation>Agregar &amp;lectura…</translation>
    </message>
    <message>
        <source>A&amp;ssess…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Define a &amp;measure…</source>
        <translation>Definir una &amp;medida…</translation>
    </message>
    <message>
        <source>Show &amp;older versions</source>
        <translation>Mostrar versiones &amp;anteriores</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Delete takes back the chosen latest reading</source>
        <translation>Eliminar retira la última lectura elegida</translation>
    </message>
    <message>
        <source>Choose a measure or a result to see its trend.</source>
        <translation>Elija una medida o un resultado para ver su tendencia.</translation>
    </message>
    <message>
        <source>the reading {value} of {measure} on {day}</source>
        <translation>la lectura {value} de {measure} del {day}</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Eliminar lectura</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>Patient filter</source>
        <translation>Filtro de pacientes</translation>
    </message>
    <message>
        <source>Show one patient&apos;s records: type a name, phone or MRN</source>
        <translation>Mostrar los registros de un paciente: escriba un nombre, teléfono o MRN</translation>
    </message>
</context>
<context>
    <name>PatientRecord</name>
    <message>
        <source>the allergy to {substance}</source>
        <translation>la alergia a {substance}</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Agregar alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Which is true of {name}, as confirmed today?</source>
        <translation>¿Qué se aplica a {name}, según lo confirmado hoy?</translation>
    </message>
    <message>
        <source>No known drug allergies: no allergy to any medicine. No known allergies: none to anything, medicine, food or otherwise. Either is recorded as confirmed today, {day}; adding an allergy later clears it.

Now: {now}.</source>
        <translation>Sin alergias conocidas a medicamentos (NKDA): ninguna alergia a ningún medicamento. Sin alergias conocidas: ninguna a nada, ni medicamentos, ni alimentos ni otra cosa. Cualquiera de las dos se registra como confirmada hoy, {day}; si luego se agrega una alergia, se borra.

Ahora: {now}.</translation>
    </message>
    <message>
        <source>No known &amp;drug allergies</source>
        <translation>Sin alergias conocidas a &amp;medicamentos</translation>
    </message>
    <message>
        <source>No known &amp;allergies</source>
        <translation>Sin &amp;alergias conocidas</translation>
    </message>
    <message>
        <source>&amp;Not recorded yet</source>
        <translation>Aún &amp;no registradas</translation>
    </message>
    <message>
        <source>Record allergy status</source>
        <translation>Registrar estado de alergias</translation>
    </message>
    <message>
        <source>the note of {day}</source>
        <translation>la nota del {day}</translation>
    </message>
    <message>
        <source>Documents on file</source>
        <translation>Documentos archivados</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar detalles…</translation>
    </message>
    <message>
        <source>Delete patient…</source>
        <translation>Eliminar paciente…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Print or export this patient&apos;s care-plan summary or medication sheets (Ctrl+P)</source>
        <translation>Imprimir o exportar el resumen del plan de cuidados o las hojas de medicamentos de este paciente (Ctrl+P)</translation>
    </message>
    <message>
        <source>%s — patient record</source>
        <translation>%s — expediente del paciente</translation>
    </message>
    <message>
        <source>Born {day} ({age})</source>
        <translation>Fecha de nacimiento: {day} ({age})</translation>
    </message>
    <message>
        <source>Date of birth unknown</source>
        <translation>Fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>Allergies: %s</source>
        <translation>Alergias: %s</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>Dar de &amp;alta</translation>
    </message>
    <message>
        <source>Make &amp;active again</source>
        <translation>&amp;Volver a activar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notas de acceso</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add to care team</source>
        <translation>Agregar al equipo de cuidados</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>%s from the care team</source>
        <translation>%s del equipo de cuidados</translation>
    </message>
    <message>
        <source>Remove from care team</source>
        <translation>Quitar del equipo de cuidados</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de cuidados</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Add from directory…</source>
        <translation>Agregar desde el directorio…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>No physician, pharmacy or family contact recorded yet.</source>
        <translation>Aún no hay médico, farmacia ni contacto familiar registrados.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Add condition…</source>
        <translation>Agregar afección…</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Mostrar resueltas</translation>
    </message>
    <message>
        <source>No conditions recorded.</source>
        <translation>No hay afecciones registradas.</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Add allergy…</source>
        <translation>Agregar alergia…</translation>
    </message>
    <message>
        <source>No known allergies…</source>
        <translation>Sin alergias conocidas…</translation>
    </message>
    <message>
        <source>No allergies recorded.</source>
        <translation>No hay alergias registradas.</translation>
    </message>
    <message>
        <source>Medications</source>
        <extracomment>The kinds of record Today shows (a patient&apos;s name, allergies in warnings …): a change to any other kind leaves it as it is. The section of a patient&apos;s record each kind of review is handled in.</extracomment>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según sea necesario</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Add medication…</source>
        <translation>Agregar medicamento…</translation>
    </message>
    <message>
        <source>Stop / hold / resume…</source>
        <translation>Suspender / pausar / reanudar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Show stopped</source>
        <translation>Mostrar suspendidos</translation>
    </message>
    <message>
        <source>No current medications.</source>
        <translation>No hay medicamentos actuales.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nueva cita…</translation>
    </message>
    <message>
        <source>Done / no-show / cancel…</source>
        <translation>Hecha / no se presentó / cancelar…</translation>
    </message>
    <message>
        <source>Document visit…</source>
        <translation>Documentar visita…</translation>
    </message>
    <message>
        <source>Show past visits</source>
        <translation>Mostrar visitas pasadas</translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Agregar tarea…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Show done and cancelled</source>
        <translation>Mostrar hechas y canceladas</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Agregar nota…</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Add referral…</source>
        <translation>Agregar derivación…</translation>
    </message>
    <message>
        <source>Accepted / declined / done…</source>
        <translation>Aceptada / rechazada / hecha…</translation>
    </message>
    <message>
        <source>Show declined and done</source>
        <translation>Mostrar rechazadas y hechas</translation>
    </message>
    <message>
        <source>No referrals open. Add one to send a patient to a service.</source>
        <translation>No hay derivaciones abiertas. Agregue una para enviar a un paciente a un servicio.</translation>
    </message>
    <message>
        <source>Care-plan &amp;summary…</source>
        <translation>&amp;Resumen del plan de cuidados…</translation>
    </message>
    <message>
        <source>&amp;Medication list…</source>
        <translation>&amp;Lista de medicamentos…</translation>
    </message>
    <message>
        <source>Medication &amp;changes since…</source>
        <translation>&amp;Cambios de medicamentos desde…</translation>
    </message>
    <message>
        <source>Measures and &amp;assessments…</source>
        <translation>Medidas y &amp;evaluaciones…</translation>
    </message>
    <message>
        <source>Medication changes after &amp;discharge…</source>
        <translation>Cambios de medicamentos tras el &amp;alta…</translation>
    </message>
    <message>
        <source>&amp;Reconcile a discharge list…</source>
        <translation>C&amp;onciliar una lista del alta…</translation>
    </message>
    <message>
        <source>Save care-plan summary as P&amp;DF…</source>
        <translation>Guardar resumen del plan de cuidados como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save care-plan summary as &amp;HTML…</source>
        <translation>Guardar resumen del plan de cuidados como &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exportar como &amp;FHIR…</translation>
    </message>
    <message>
        <source>No reconciliation</source>
        <translation>Sin conciliación</translation>
    </message>
    <message>
        <source>No discharge medication list has been reconciled for this patient yet (Print → Reconcile a discharge list…).</source>
        <translation>Aún no se ha conciliado ninguna lista de medicamentos del alta para este paciente (Imprimir → Conciliar una lista del alta…).</translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <source>Born {day} makes this patient {age} years old; check the year.</source>
        <extracomment>Older than this is more often a mistyped year than a patient; the form asks before saving.</extracomment>
        <translation>Con la fecha de nacimiento {day}, este paciente tendría {age} años; revise el año.</translation>
    </message>
</context>
<context>
    <name>PatientStatus</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>De alta</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
</context>
<context>
    <name>PayerKind</name>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>A contact (family, power of attorney)</source>
        <translation>Un contacto (familia, poder notarial)</translation>
    </message>
    <message>
        <source>A trust</source>
        <translation>Un fideicomiso</translation>
    </message>
    <message>
        <source>An agency</source>
        <translation>Una agencia</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PdfCheck</name>
    <message>
        <source>it cannot be read back ({error})</source>
        <extracomment>The trailer, startxref and %%EOF are within the last few hundred bytes.</extracomment>
        <translation>no se puede volver a leer ({error})</translation>
    </message>
    <message>
        <source>it does not begin as a PDF does</source>
        <translation>no empieza como empieza un PDF</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>it is cut short ({size} bytes written, without its end)</source>
        <translation>está incompleto ({size} bytes escritos, sin su final)</translation>
    </message>
    <message>
        <source>its cross-reference table is not where it says</source>
        <translation>su tabla de referencias cruzadas no está donde indica</translation>
    </message>
    <message>
        <source>it holds {found} pages, not the {pages} printed</source>
        <translation>contiene {found} páginas, no las {pages} impresas</translation>
    </message>
    <message>
        <source>its cross-reference table is cut short</source>
        <translation>su tabla de referencias cruzadas está incompleta</translation>
    </message>
    <message>
        <source>object {number} is missing or damaged</source>
        <translation>el objeto {number} falta o está dañado</translation>
    </message>
    <message>
        <source>its cross-reference table is damaged</source>
        <translation>su tabla de referencias cruzadas está dañada</translation>
    </message>
</context>
<context>
    <name>PlacesWindow</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Trips offer these places and each client&apos;s home as they are typed.</source>
        <translation>Los trayectos ofrecen estos lugares y el domicilio de cada cliente a medida que se escriben.</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Agregar lugar</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Editar lugar</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <source>The file could not be checked ({error}). Nothing was imported.</source>
        <extracomment>The work: given how to report progress and how to ask whether to stop, a plan. The writing: given how to report progress and ask whether to stop, what was written.</extracomment>
        <translation>No se pudo revisar el archivo ({error}). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>PrintedPage</name>
    <message>
        <source>could not start printing</source>
        <extracomment>Dots per inch of the PDF&apos;s coordinate system; text and rules are vectors either way. Paper margins in millimetres (left, top, right, bottom): inside what office printers reach.</extracomment>
        <translation>no se pudo iniciar la impresión</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Find anything</source>
        <extracomment>Keys typed in the search field that move through the list instead.</extracomment>
        <translation>Buscar cualquier cosa</translation>
    </message>
    <message>
        <source>Name, phone, MRN, postcode, medication, task or note</source>
        <translation>Nombre, teléfono, MRN, código postal, medicamento, tarea o nota</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Type at least one letter; Up and Down choose, Return opens, Escape closes.</source>
        <translation>Escriba al menos una letra; Up y Down eligen, Return abre, Escape cierra.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n found; type more to narrow them.</source>
        <translation>
            <numerusform>Se muestra el primer resultado (%n); escriba más para acotar.</numerusform>
            <numerusform>Se muestran los primeros %n resultados; escriba más para acotarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n encontrado.</numerusform>
            <numerusform>%n encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%s”.</source>
        <translation>No se encontró nada para “%s”.</translation>
    </message>
    <message numerus="yes">
        <source>%s is on the care team of %n patients: type a patient&apos;s name to open theirs.</source>
        <translation>
            <numerusform>%s está en el equipo de cuidados de %n paciente: escriba el nombre de un paciente para abrir su expediente.</numerusform>
            <numerusform>%s está en el equipo de cuidados de %n pacientes: escriba el nombre de un paciente para abrir su expediente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%s is on no patient&apos;s care team, so there is no record to open.</source>
        <translation>%s no está en el equipo de cuidados de ningún paciente, así que no hay expediente que abrir.</translation>
    </message>
    <message>
        <source>“%s” is for no patient, so there is no record to open.</source>
        <translation>“%s” no corresponde a ningún paciente, así que no hay expediente que abrir.</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Type the blood pressure as two numbers, such as 128/82.</source>
        <extracomment>The units a US locale types in (elsewhere the stored metric ones come first).</extracomment>
        <translation>Escriba la presión arterial como dos números, por ejemplo 128/82.</translation>
    </message>
    <message>
        <source>The systolic number</source>
        <translation>El número sistólico</translation>
    </message>
    <message>
        <source>The diastolic number</source>
        <translation>El número diastólico</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>El valor</translation>
    </message>
    <message>
        <source>Type the reading.</source>
        <translation>Escriba la lectura.</translation>
    </message>
    <message>
        <source>Add reading: %s</source>
        <translation>Agregar lectura: %s</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Taken:</source>
        <translation>&amp;Tomada:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>e.g. 128/82</source>
        <translation>p. ej. 128/82</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Agregar lectura</translation>
    </message>
    <message>
        <source>Define a measure</source>
        <translation>Definir una medida</translation>
    </message>
    <message>
        <source>Define measure</source>
        <translation>Definir medida</translation>
    </message>
</context>
<context>
    <name>ReceiptWindow</name>
    <message>
        <source>Receipt: %s</source>
        <translation>Recibo: %s</translation>
    </message>
    <message>
        <source>This picture cannot be shown here; save it to open it elsewhere.</source>
        <translation>Esta imagen no se puede mostrar aquí; guárdela para abrirla en otro programa.</translation>
    </message>
    <message>
        <source>Receipt %s</source>
        <translation>Recibo %s</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save receipt as</source>
        <translation>Guardar recibo como</translation>
    </message>
    <message>
        <source>Receipt (*%s)</source>
        <translation>Recibo (*%s)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The receipt could not be saved as {path}:
{error}</source>
        <translation>No se pudo guardar el recibo como {path}:
{error}</translation>
    </message>
    <message>
        <source>Receipt saved: %s</source>
        <translation>Recibo guardado: %s</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>%s is a PDF; carebook shows pictures only. Save it to open it elsewhere?</source>
        <translation>%s es un PDF; carebook solo muestra imágenes. ¿Guardarlo para abrirlo en otro programa?</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile medications — %s</source>
        <translation>Conciliar medicamentos — %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt;: the discharge list of {day} ({source}) beside the medicines taken now.</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt;: la lista del alta del {day} ({source}) junto a los medicamentos que toma ahora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{patient}&lt;/b&gt;: the discharge list ({source}) beside the medicines taken now.</source>
        <translation>&lt;b&gt;{patient}&lt;/b&gt;: la lista del alta ({source}) junto a los medicamentos que toma ahora.</translation>
    </message>
    <message>
        <source>Tick each line to apply (Space), or leave it to keep the list as it is. Applied lines are dated “hospital discharge” in each medicine&apos;s history; Ctrl+Z undoes them all.</source>
        <translation>Marque cada línea que desee aplicar (Space) o déjela sin marcar para mantener la lista como está. Las líneas aplicadas quedan fechadas como “alta hospitalaria” en el historial de cada medicamento; Ctrl+Z las deshace todas.</translation>
    </message>
    <message>
        <source>Discharge list beside the current medicines</source>
        <translation>Lista del alta junto a los medicamentos actuales</translation>
    </message>
    <message>
        <source>Not read from the file: %s</source>
        <translation>No se leyó del archivo: %s</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguna</translation>
    </message>
    <message>
        <source>A&amp;pply ticked lines</source>
        <translation>&amp;Aplicar las líneas marcadas</translation>
    </message>
    <message>
        <source>Reconcile medications after discharge</source>
        <translation>Conciliar medicamentos tras el alta</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>as needed for {reason}</source>
        <extracomment>False when the list says it was stopped in hospital (status stopped, completed…). What could not be read, said plainly (one entry per medicine left out). The fields compared for a medicine on both lists; a difference in one is a change. The fields that differ (&quot;dose&quot;, &quot;frequency&quot;), for a changed line. Ways a list writes the same route (&quot;By mouth&quot; is carebook&apos;s &quot;oral&quot;).</extracomment>
        <translation>según sea necesario para {reason}</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según sea necesario</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>“{part}” is not a line number; write them like 1,3,5-7 or all</source>
        <translation>“{part}” no es un número de línea; escríbalos como 1,3,5-7 o all</translation>
    </message>
    <message>
        <source>“{part}” is not a range of lines</source>
        <translation>“{part}” no es un intervalo de líneas</translation>
    </message>
    <message>
        <source>No line to accept numbered {numbers} (continued lines change nothing)</source>
        <translation>No hay ninguna línea para aceptar con el número {numbers} (las líneas que continúan no cambian nada)</translation>
    </message>
    <message>
        <source>the list&apos;s patient was born {theirs}, ours {ours}</source>
        <translation>el paciente de la lista nació el {theirs}, el nuestro el {ours}</translation>
    </message>
    <message>
        <source>the list is for “{name}”</source>
        <translation>la lista es de “{name}”</translation>
    </message>
    <message>
        <source>Discharge lists (*.json *.ndjson *.xml *.cda *.csv *.xlsx);;FHIR (*.json *.ndjson);;C-CDA (*.xml *.cda);;Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <extracomment>What the file dialog offers: every format the reader takes.</extracomment>
        <translation>Listas del alta (*.json *.ndjson *.xml *.cda *.csv *.xlsx);;FHIR (*.json *.ndjson);;C-CDA (*.xml *.cda);;Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a discharge list</source>
        <translation>No es una lista del alta</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nada que comparar</translation>
    </message>
    <message>
        <source>%s lists no medicine.</source>
        <translation>%s no incluye ningún medicamento.</translation>
    </message>
    <message>
        <source>Choose the discharge medication list</source>
        <translation>Elija la lista de medicamentos del alta</translation>
    </message>
    <message>
        <source>Another patient&apos;s list?</source>
        <translation>¿Lista de otro paciente?</translation>
    </message>
    <message>
        <source>This list may not be {patient}&apos;s: {differences}.

Use it for {patient} anyway?</source>
        <translation>Puede que esta lista no sea de {patient}: {differences}.

¿Usarla para {patient} de todos modos?</translation>
    </message>
    <message>
        <source>medication changes after discharge</source>
        <translation>cambios de medicamentos tras el alta</translation>
    </message>
    <message>
        <source>Medication changes after discharge {patient} {day}.pdf</source>
        <translation>Cambios de medicamentos tras el alta {patient} {day}.pdf</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Conciliada</translation>
    </message>
    <message>
        <source>The medication list is reconciled. Print the “medication changes after discharge” sheet for the family and the GP?</source>
        <translation>La lista de medicamentos está conciliada. ¿Imprimir la hoja “cambios de medicamentos tras el alta” para la familia y el médico de cabecera?</translation>
    </message>
</context>
<context>
    <name>ReconciliationChange</name>
    <message>
        <source>Continued</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Stopped in hospital</source>
        <translation>Suspendido en el hospital</translation>
    </message>
    <message>
        <source>Not on the discharge list</source>
        <translation>No está en la lista del alta</translation>
    </message>
</context>
<context>
    <name>ReconciliationRules</name>
    <message>
        <source>Say which medicine the line is about.</source>
        <translation>Indique de qué medicamento trata la línea.</translation>
    </message>
    <message>
        <source>Say which discharge list was reconciled.</source>
        <translation>Indique qué lista del alta se concilió.</translation>
    </message>
    <message>
        <source>The source&apos;s name is too long (500 characters at most).</source>
        <translation>El nombre de la fuente es demasiado largo (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A reconciliation cannot be dated in the future.</source>
        <translation>Una conciliación no puede tener una fecha futura.</translation>
    </message>
</context>
<context>
    <name>ReconciliationSheet</name>
    <message>
        <source>No medicines reconciliation with id {id}.</source>
        <translation>No hay ninguna conciliación de medicamentos con el id {id}.</translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <translation>No hay ningún paciente con el id {id}.</translation>
    </message>
    <message>
        <source>Medication changes after discharge, {name}, {date}</source>
        <translation>Cambios de medicamentos tras el alta, {name}, {date}</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <extracomment>The order the sheet says the lines in: what changed first, what stayed last.</extracomment>
        <translation>Cambiados ({count})</translation>
    </message>
    <message>
        <source>Started ({count})</source>
        <translation>Iniciados ({count})</translation>
    </message>
    <message>
        <source>Stopped in hospital ({count})</source>
        <translation>Suspendidos en el hospital ({count})</translation>
    </message>
    <message>
        <source>Not on the discharge list ({count})</source>
        <translation>No están en la lista del alta ({count})</translation>
    </message>
    <message>
        <source>Carried on as before ({count})</source>
        <translation>Continúan como antes ({count})</translation>
    </message>
    <message>
        <source>Reconciled on {date} against the discharge list of {discharged} ({source})</source>
        <translation>Conciliada el {date} con la lista del alta del {discharged} ({source})</translation>
    </message>
    <message>
        <source>Reconciled on {date} against the discharge list ({source})</source>
        <translation>Conciliada el {date} con la lista del alta ({source})</translation>
    </message>
    <message>
        <source>MEDICATION CHANGES AFTER DISCHARGE</source>
        <translation>CAMBIOS DE MEDICAMENTOS TRAS EL ALTA</translation>
    </message>
    <message>
        <source>1 change made to the medication list; each is dated in the medicine&apos;s history with the reason “hospital discharge”.</source>
        <translation>1 cambio hecho en la lista de medicamentos; queda fechado en el historial del medicamento con el motivo “alta hospitalaria”.</translation>
    </message>
    <message>
        <source>{n} changes made to the medication list; each is dated in the medicine&apos;s history with the reason “hospital discharge”.</source>
        <translation>{n} cambios hechos en la lista de medicamentos; cada uno queda fechado en el historial del medicamento con el motivo “alta hospitalaria”.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>The discharge list had no medicines.</source>
        <translation>La lista del alta no tenía medicamentos.</translation>
    </message>
    <message>
        <source>Medication changes after discharge · {name}</source>
        <translation>Cambios de medicamentos tras el alta · {name}</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Changed on the list</source>
        <translation>Cambiado en la lista</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Kept as it was: check with the GP</source>
        <translation>Se mantuvo igual: consulte con el médico de cabecera</translation>
    </message>
</context>
<context>
    <name>Reconciliations</name>
    <message>
        <source>{name} was changed since the discharge list was compared; compare it again.</source>
        <translation>{name} cambió desde que se comparó la lista del alta; vuelva a compararla.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Delete %s?</source>
        <translation>¿Eliminar %s?</translation>
    </message>
    <message>
        <source>%s
You can undo this with Ctrl+Z.</source>
        <translation>%s
Puede deshacer esto con Ctrl+Z.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacer esto con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The change could not be made: %s</source>
        <translation>No se pudo hacer el cambio: %s</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>None: general or admin time</source>
        <translation>Ninguno: tiempo general o administrativo</translation>
    </message>
    <message>
        <source>Type part of a name, then pick one; leave empty for general or admin time</source>
        <translation>Escriba parte de un nombre y elija uno; déjelo vacío para tiempo general o administrativo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>With the end, fills in the minutes</source>
        <translation>Con el fin, completa los minutos</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>With the start, fills in the minutes</source>
        <translation>Con el inicio, completa los minutos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>The time spent, if no start and end</source>
        <translation>El tiempo dedicado, si no hay inicio ni fin</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>e.g. Home visit</source>
        <translation>p. ej. Visita a domicilio</translation>
    </message>
    <message>
        <source>Type part of an activity&apos;s name, then pick one; its rate is filled in</source>
        <translation>Escriba parte del nombre de una actividad y elija una; se completa su tarifa</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarifa por hora</translation>
    </message>
    <message>
        <source>e.g. 125.00</source>
        <translation>p. ej. 125.00</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the invoice says of it; clinical notes are kept apart</source>
        <translation>Lo que dice la factura sobre esto; las notas clínicas se guardan aparte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Time lines</source>
        <translation>Líneas de tiempo</translation>
    </message>
    <message>
        <source>A line for each day, or a line for each activity</source>
        <translation>Una línea por día o una línea por actividad</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. check number 1042</source>
        <translation>p. ej. cheque número 1042</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>e.g. Billed to the wrong payer</source>
        <translation>p. ej. Facturada al pagador equivocado</translation>
    </message>
    <message>
        <source>Kept with the invoice; its number stays, marked void</source>
        <translation>Se guarda con la factura; su número se conserva y la factura queda marcada como anulada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The client&apos;s or the practice&apos;s</source>
        <translation>La del cliente o la de la consulta</translation>
    </message>
    <message>
        <source>Its own hourly rate (travel at a lower one); empty for the client&apos;s or the default</source>
        <translation>Su propia tarifa por hora (los traslados, a una más baja); vacío para la del cliente o la predeterminada</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Tarifa fija</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>A fee instead of time, if any</source>
        <translation>Una tarifa en lugar del tiempo, si la hay</translation>
    </message>
    <message>
        <source>Retired (no longer offered)</source>
        <translation>Retirada (ya no se ofrece)</translation>
    </message>
    <message>
        <source>e.g. Office</source>
        <translation>p. ej. Oficina</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>e.g. Home</source>
        <translation>p. ej. Casa</translation>
    </message>
    <message>
        <source>A place or a client</source>
        <translation>Un lugar o un cliente</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Distancia ({unit})</translation>
    </message>
    <message>
        <source>One way, e.g. 12.5</source>
        <translation>Solo ida, p. ej. 12.5</translation>
    </message>
    <message>
        <source>One way; a round trip counts it twice. Or give the odometer readings</source>
        <translation>Solo ida; un viaje de ida y vuelta la cuenta dos veces. O indique las lecturas del odómetro</translation>
    </message>
    <message>
        <source>Odometer at start</source>
        <translation>Odómetro al inicio</translation>
    </message>
    <message>
        <source>e.g. 40210.4</source>
        <translation>p. ej. 40210.4</translation>
    </message>
    <message>
        <source>Odometer at end</source>
        <translation>Odómetro al final</translation>
    </message>
    <message>
        <source>e.g. 40222.9</source>
        <translation>p. ej. 40222.9</translation>
    </message>
    <message>
        <source>Round trip (there and back)</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>Bill it to the client</source>
        <translation>Facturarlo al cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>p. ej. 12.50</translation>
    </message>
    <message>
        <source>Receipt file</source>
        <translation>Archivo del recibo</translation>
    </message>
    <message>
        <source>A photo or PDF of the receipt (Choose file…)</source>
        <translation>Una foto o un PDF del recibo (Elegir archivo…)</translation>
    </message>
    <message>
        <source>A picture or a PDF; it is kept inside the caseload</source>
        <translation>Una imagen o un PDF; se guarda dentro de la cartera</translation>
    </message>
    <message>
        <source>(not measured)</source>
        <extracomment>What a goal may measure itself by: the vital signs and the instruments (&quot;&quot; for nothing).</extracomment>
        <translation>(sin medir)</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The goal form&apos;s choice of measure: a vocabulary of the measures&apos; ids (&quot;weight&quot;, &quot;phq-9&quot;), so that the goal keeps the id itself.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Staying safely at home</source>
        <translation>p. ej. Vivir seguro en casa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Leave empty while the plan runs</source>
        <translation>Déjelo vacío mientras el plan esté vigente</translation>
    </message>
    <message>
        <source>Next review</source>
        <extracomment>Recording a review also says when the next one is due.</extracomment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>The review shows on the Agenda from this day until it is recorded</source>
        <translation>La revisión aparece en la Agenda desde este día hasta que se registre</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problema o necesidad</translation>
    </message>
    <message>
        <source>e.g. Falls at home</source>
        <translation>p. ej. Caídas en casa</translation>
    </message>
    <message>
        <source>In your own words, or choose one of the patient&apos;s conditions below</source>
        <translation>Con sus propias palabras, o elija una de las afecciones del paciente abajo</translation>
    </message>
    <message>
        <source>From condition</source>
        <translation>A partir de una afección</translation>
    </message>
    <message>
        <source>(none: written freely)</source>
        <translation>(ninguna: redacción libre)</translation>
    </message>
    <message>
        <source>Choosing a condition fills in the problem, unless you have written one</source>
        <translation>Elegir una afección completa el problema, salvo que usted ya haya escrito uno</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>e.g. Walks to the shop safely</source>
        <translation>p. ej. Camina a la tienda de forma segura</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Meta medible</translation>
    </message>
    <message>
        <source>e.g. Twice a week, unaided</source>
        <translation>p. ej. Dos veces por semana, sin ayuda</translation>
    </message>
    <message>
        <source>How you will know the goal is met</source>
        <translation>Cómo sabrá que se cumplió el objetivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>The goal shows on the Agenda for review from this day</source>
        <translation>El objetivo aparece en la Agenda para revisión desde este día</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>For problem</source>
        <translation>Para el problema</translation>
    </message>
    <message>
        <source>The problem or need this goal answers, if any</source>
        <translation>El problema o la necesidad a la que responde este objetivo, si la hay</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Medido por</translation>
    </message>
    <message>
        <source>A measure or an assessment whose latest value says how the goal stands</source>
        <translation>Una medida o una evaluación cuyo último valor indica cómo va el objetivo</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor de la meta</translation>
    </message>
    <message>
        <source>e.g. 10 (a PHQ-9 below 10)</source>
        <translation>p. ej. 10 (un PHQ-9 por debajo de 10)</translation>
    </message>
    <message>
        <source>Met at or below the target (else at or above)</source>
        <translation>Se cumple en la meta o por debajo (si no, en la meta o por encima)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>e.g. Strength and balance exercises</source>
        <translation>p. ej. Ejercicios de fuerza y equilibrio</translation>
    </message>
    <message>
        <source>Who (care team)</source>
        <translation>Quién (equipo de cuidados)</translation>
    </message>
    <message>
        <source>Someone on the patient&apos;s care team who carries it out</source>
        <translation>Alguien del equipo de cuidados del paciente que la lleva a cabo</translation>
    </message>
    <message>
        <source>Who (in words)</source>
        <translation>Quién (en palabras)</translation>
    </message>
    <message>
        <source>e.g. Daughter, home care agency</source>
        <translation>p. ej. Hija, agencia de cuidados a domicilio</translation>
    </message>
    <message>
        <source>Someone not on the care team, or more about who does it</source>
        <translation>Alguien que no está en el equipo de cuidados, o más datos sobre quién la hace</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>e.g. Twice a week</source>
        <translation>p. ej. Dos veces por semana</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Para el objetivo</translation>
    </message>
    <message>
        <source>The goal this works towards, if any</source>
        <translation>El objetivo al que contribuye, si lo hay</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was found, what changes</source>
        <translation>Qué se encontró, qué cambia</translation>
    </message>
    <message>
        <source>Ctrl+Return saves from here</source>
        <translation>Ctrl+Return guarda desde aquí</translation>
    </message>
    <message>
        <source>Leave empty when no further review is planned</source>
        <translation>Déjelo vacío si no hay otra revisión prevista</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Type a name, phone or MRN</source>
        <translation>Escriba un nombre, teléfono o MRN</translation>
    </message>
    <message>
        <source>Type part of a name, phone or MRN, then pick one</source>
        <translation>Escriba parte de un nombre, teléfono o MRN y elija uno</translation>
    </message>
    <message>
        <source>Patient #%s</source>
        <translation>Paciente #%s</translation>
    </message>
    <message>
        <source>Choose a patient: type part of a name, then pick one.</source>
        <translation>Elija un paciente: escriba parte de un nombre y elija uno.</translation>
    </message>
    <message>
        <source>Pick the patient from the list: type part of a name, then choose one.</source>
        <translation>Elija el paciente de la lista: escriba parte de un nombre y elija uno.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A visit as a note names it: its series (or single appointment) and its original start. The visits offered: those of the last two months and the next month, latest first.</extracomment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Contact #%s</source>
        <translation>Contacto #%s</translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation>Elija un contacto.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose %s from a calendar</source>
        <translation>Elija %s en un calendario</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>%s, date</source>
        <translation>%s, fecha</translation>
    </message>
    <message>
        <source>%s, time</source>
        <translation>%s, hora</translation>
    </message>
    <message>
        <source>Enter the date and time, e.g. 2026-03-31 09:30.</source>
        <translation>Escriba la fecha y la hora, p. ej. 2026-03-31 09:30.</translation>
    </message>
    <message>
        <source>Enter both a date and a time, e.g. 2026-03-31 09:30.</source>
        <translation>Escriba una fecha y una hora, p. ej. 2026-03-31 09:30.</translation>
    </message>
    <message>
        <source>Empty: from the file&apos;s name</source>
        <translation>Vacío: según el nombre del archivo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Review or expiry</source>
        <translation>Revisión o vencimiento</translation>
    </message>
    <message>
        <source>Today and the Agenda&apos;s reviews show it from this day</source>
        <translation>Hoy y las revisiones de la Agenda lo muestran desde este día</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>A PDF or a picture (Choose file…)</source>
        <translation>Un PDF o una imagen (Elegir archivo…)</translation>
    </message>
    <message>
        <source>Kept inside the caseload, never as a loose file</source>
        <translation>Se guarda dentro de la cartera, nunca como archivo suelto</translation>
    </message>
    <message>
        <source>Enter the %s.</source>
        <translation>Complete el campo %s.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>e.g. Ann Smith</source>
        <translation>p. ej. Ann Smith</translation>
    </message>
    <message>
        <source>Printed at the top of day sheets and care-plan summaries</source>
        <translation>Se imprime en la parte superior de las hojas del día y de los resúmenes del plan de cuidados</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The paper your printer takes; PDFs are made the same size</source>
        <translation>El papel que usa su impresora; los PDF se crean del mismo tamaño</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear después de</translation>
    </message>
    <message>
        <source>When carebook has not been used for this long, it hides every patient detail until it is unlocked (Ctrl+L locks it at once)</source>
        <translation>Cuando carebook no se ha usado durante este tiempo, oculta todos los datos de los pacientes hasta que se desbloquee (Ctrl+L lo bloquea de inmediato)</translation>
    </message>
    <message>
        <source>Travel between visits</source>
        <translation>Traslado entre visitas</translation>
    </message>
    <message>
        <source>The schedule keeps this gap between two visits unless you have said how long the trip between their two places takes</source>
        <translation>El calendario deja este margen entre dos visitas, salvo que usted haya indicado cuánto dura el trayecto entre sus dos lugares</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>A desktop notice this long before a timed visit or task</source>
        <translation>Un aviso en el escritorio con esta antelación antes de una visita o tarea con hora</translation>
    </message>
    <message>
        <source>Name the patient on notices</source>
        <translation>Mostrar el nombre del paciente en los avisos</translation>
    </message>
    <message>
        <source>Otherwise a notice shows only the patient&apos;s initials and the time, so a screen seen by others tells them nothing</source>
        <translation>Si no, un aviso muestra solo las iniciales del paciente y la hora, para que una pantalla vista por otros no les diga nada</translation>
    </message>
    <message>
        <source>Documents up to</source>
        <translation>Documentos de hasta</translation>
    </message>
    <message>
        <source>The largest scan or PDF kept with a patient (kept inside the caseload, it makes its backups larger)</source>
        <translation>El escaneo o PDF más grande que se guarda con un paciente (se guarda dentro de la cartera y agranda sus copias de seguridad)</translation>
    </message>
    <message>
        <source>Sync with the team every</source>
        <translation>Sincronizar con el equipo cada</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Solo cuando se pida</translation>
    </message>
    <message>
        <source>While carebook is open; it also syncs when it starts, when it closes and when you press F9. This computer&apos;s own setting</source>
        <translation>Mientras carebook está abierto; también sincroniza al abrirse, al cerrarse y al pulsar F9. Es un ajuste propio de esta computadora</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>e.g. Type 2 diabetes</source>
        <translation>p. ej. Diabetes tipo 2</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>e.g. E11.9</source>
        <translation>p. ej. E11.9</translation>
    </message>
    <message>
        <source>A diagnosis code, if known</source>
        <translation>Un código de diagnóstico, si se conoce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>e.g. Penicillin</source>
        <translation>p. ej. Penicilina</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>e.g. Rash, swelling</source>
        <translation>p. ej. Sarpullido, hinchazón</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>How dangerous a future reaction could be</source>
        <translation>Qué tan peligrosa podría ser una reacción futura</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Anotada el</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>e.g. Metformin</source>
        <translation>p. ej. Metformina</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ej. 500 mg</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 1 tablet</source>
        <translation>p. ej. 1 tableta</translation>
    </message>
    <message>
        <source>An amount (&quot;2 tablets&quot;, &quot;1-2 puffs&quot;) or words (&quot;apply thinly&quot;)</source>
        <translation>Una cantidad (&quot;2 tabletas&quot;, &quot;1-2 inhalaciones&quot;) o palabras (&quot;aplicar una capa fina&quot;)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>e.g. by mouth</source>
        <translation>p. ej. por vía oral</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>e.g. twice daily</source>
        <translation>p. ej. dos veces al día</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>e.g. 08:00, 20:00</source>
        <translation>p. ej. 08:00, 20:00</translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation>Se toma según sea necesario</translation>
    </message>
    <message>
        <source>As needed for</source>
        <translation>Según sea necesario para</translation>
    </message>
    <message>
        <source>e.g. pain</source>
        <translation>p. ej. dolor</translation>
    </message>
    <message>
        <source>Most per day</source>
        <translation>Máximo por día</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ej. 4</translation>
    </message>
    <message>
        <source>Taken for</source>
        <translation>Se toma para</translation>
    </message>
    <message>
        <source>e.g. blood sugar</source>
        <translation>p. ej. azúcar en la sangre</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>e.g. Take with food</source>
        <translation>p. ej. Tomar con alimentos</translation>
    </message>
    <message>
        <source>e.g. Calf girth, left</source>
        <translation>p. ej. Perímetro de la pantorrilla, izquierda</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. cm</source>
        <translation>p. ej. cm</translation>
    </message>
    <message>
        <source>Normal from</source>
        <translation>Normal desde</translation>
    </message>
    <message>
        <source>Shaded on its chart</source>
        <translation>Sombreado en su gráfica</translation>
    </message>
    <message>
        <source>Normal to</source>
        <translation>Normal hasta</translation>
    </message>
    <message>
        <source>Plausible from</source>
        <translation>Plausible desde</translation>
    </message>
    <message>
        <source>A reading outside the plausible range needs a reason to be kept</source>
        <translation>Una lectura fuera del intervalo plausible necesita un motivo para guardarse</translation>
    </message>
    <message>
        <source>Plausible to</source>
        <translation>Plausible hasta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>e.g. 555-0134</source>
        <translation>p. ej. 555-0134</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>p. ej. nombre@example.org</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>e.g. Margaret</source>
        <translation>p. ej. Margaret</translation>
    </message>
    <message>
        <source>A given, family or preferred name is all a new patient needs</source>
        <translation>Un nombre de pila, apellido o nombre preferido es todo lo que necesita un paciente nuevo</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>e.g. O&apos;Neill</source>
        <translation>p. ej. O&apos;Neill</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>e.g. Peggy</source>
        <translation>p. ej. Peggy</translation>
    </message>
    <message>
        <source>The name the patient likes to be called</source>
        <translation>El nombre con el que el paciente prefiere que lo llamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. 12 Elm Street, Apt 3</source>
        <translation>p. ej. 12 Elm Street, Apt 3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. English, Vietnamese</source>
        <translation>p. ej. inglés, vietnamita</translation>
    </message>
    <message>
        <source>Spoken language, and whether an interpreter is needed</source>
        <translation>Idioma hablado y si se necesita intérprete</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notas de acceso</translation>
    </message>
    <message>
        <source>Key safe code, pets, parking, stairs</source>
        <translation>Código de la caja de llaves, mascotas, estacionamiento, escaleras</translation>
    </message>
    <message>
        <source>What a visitor needs to know to get in</source>
        <translation>Lo que necesita saber un visitante para entrar</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>e.g. Medicare</source>
        <translation>p. ej. Medicare</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Medical record number in another system</source>
        <translation>Número de expediente médico en otro sistema</translation>
    </message>
    <message>
        <source>e.g. Dr. Amal Haddad</source>
        <translation>p. ej. Dr. Amal Haddad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>e.g. Riverside Pharmacy</source>
        <translation>p. ej. Farmacia Riverside</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>e.g. Meals at home, shopping, befriending</source>
        <translation>p. ej. Comidas a domicilio, compras, compañía</translation>
    </message>
    <message>
        <source>What it offers (a community resource, an agency)</source>
        <translation>Lo que ofrece (un recurso comunitario, una agencia)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 09:00–17:00</source>
        <translation>p. ej. lun–vie 09:00–17:00</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>e.g. Over 65, living in the borough; self-referral accepted</source>
        <translation>p. ej. Mayores de 65, residentes del municipio; se acepta autoderivación</translation>
    </message>
    <message>
        <source>Who may use it, and how to be referred</source>
        <translation>Quién puede usarlo y cómo ser derivado</translation>
    </message>
    <message>
        <source>Save (Return; Ctrl+Return in a notes field)</source>
        <translation>Guardar (Return; Ctrl+Return en un campo de notas)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>%s: what you typed is not saved yet. Discard it?</source>
        <translation>%s: lo que escribió aún no está guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>A contact of the directory: a community resource, an agency, a clinic</source>
        <translation>Un contacto del directorio: un recurso comunitario, una agencia, una clínica</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>e.g. Meals at home on weekdays</source>
        <translation>p. ej. Comidas a domicilio entre semana</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>A task to follow it up is made for this day</source>
        <translation>Se crea una tarea de seguimiento para este día</translation>
    </message>
    <message>
        <source>Cut to %s characters: only that many are kept here.</source>
        <translation>Recortado a %s caracteres: aquí solo se guardan esos.</translation>
    </message>
    <message>
        <source>Visit #%s</source>
        <translation>Visita #%s</translation>
    </message>
    <message>
        <source>(every visit of the series)</source>
        <translation>(todas las visitas de la serie)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>e.g. Call the pharmacy</source>
        <translation>p. ej. Llamar a la farmacia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Leave empty for a task about no one patient</source>
        <translation>Déjelo vacío para una tarea que no es de un paciente concreto</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>About the visit</source>
        <translation>Sobre la visita</translation>
    </message>
    <message>
        <source>(no visit)</source>
        <translation>(sin visita)</translation>
    </message>
    <message>
        <source>The visit this note records, if any: one visit, not every visit of its series</source>
        <translation>La visita que registra esta nota, si la hay: una visita, no todas las visitas de su serie</translation>
    </message>
    <message>
        <source>e.g. Wound check</source>
        <translation>p. ej. Revisión de herida</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Leave empty for a home visit at the patient&apos;s address</source>
        <translation>Déjelo vacío para una visita a domicilio en la dirección del paciente</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>e.g. Dr. Haddad</source>
        <translation>p. ej. Dr. Haddad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Transport details</source>
        <translation>Detalles del transporte</translation>
    </message>
    <message>
        <source>e.g. Wheelchair taxi booked, pick-up 09:15</source>
        <translation>p. ej. Taxi para silla de ruedas reservado, recogida a las 09:15</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>The sheet lists what was started, changed or stopped from this day</source>
        <translation>La hoja enumera lo que se inició, cambió o suspendió a partir de este día</translation>
    </message>
    <message>
        <source>Passphrase of this caseload</source>
        <translation>Frase de contraseña de esta cartera</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words are easier to remember than symbols. Without it, nobody (nor carebook) can read the caseload.</source>
        <translation>Al menos 8 caracteres; unas cuantas palabras son más fáciles de recordar que los símbolos. Sin ella, nadie (ni siquiera carebook) puede leer la cartera.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>%s priority</source>
        <extracomment>A row of a table: a record, or a list&apos;s named view (carebook.core.list_rows); each column reads the attribute its key names. Role that returns a cell&apos;s typed value (a date, a status) rather than its display text. The sign beside a priority that cannot wait; with the palette&apos;s accent colour, so that it reads in a dark palette too and bold stays for what is overdue. The roles a list&apos;s cell answers (see RecordTableModel.data). Cells whose text is kept (a few screens&apos; worth), before starting afresh. A list this short is read whole, so that its columns are measured on every row (a column repeating one value on all of them is hidden). Rows read at a time from a longer list: two screens or so, since every search keystroke reads (and the columns measure) the first page anew.</extracomment>
        <translation>Prioridad %s</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>the first {day}</source>
        <extracomment>The ordinal days of a month (BYDAY=2TU), their {day} a weekday&apos;s short name.</extracomment>
        <translation>el primer {day}</translation>
    </message>
    <message>
        <source>the second {day}</source>
        <translation>el segundo {day}</translation>
    </message>
    <message>
        <source>the third {day}</source>
        <translation>el tercer {day}</translation>
    </message>
    <message>
        <source>the fourth {day}</source>
        <translation>el cuarto {day}</translation>
    </message>
    <message>
        <source>the fifth {day}</source>
        <translation>el quinto {day}</translation>
    </message>
    <message>
        <source>the last {day}</source>
        <translation>el último {day}</translation>
    </message>
    <message>
        <source>the second-to-last {day}</source>
        <translation>el penúltimo {day}</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>Cada {n} días</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every {n} weeks</source>
        <translation>Cada {n} semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every {n} months</source>
        <translation>Cada {n} meses</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Every {n} years</source>
        <translation>Cada {n} años</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>the {n}th from last {day}</source>
        <translation>el {n}.º {day} contando desde el final</translation>
    </message>
    <message>
        <source>the {n}th {day}</source>
        <translation>el {n}.º {day}</translation>
    </message>
    <message>
        <source>{repeats} on {days}</source>
        <translation>{repeats}: {days}</translation>
    </message>
    <message>
        <source>{repeats} on day {day}</source>
        <translation>{repeats}, el día {day}</translation>
    </message>
    <message>
        <source>{repeats}, {count} times</source>
        <translation>{repeats}, {count} veces</translation>
    </message>
    <message>
        <source>{repeats}, until {day}</source>
        <translation>{repeats}, hasta el {day}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>A custom repeat rule has no pattern.</source>
        <extracomment>How many times a series that ends after a number of times repeats, until changed. Emitted once whenever the rule, the summary or the error may have changed.</extracomment>
        <translation>Una regla de repetición personalizada no tiene patrón.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumen de la repetición</translation>
    </message>
    <message>
        <source>Repeat problem</source>
        <translation>Problema de la repetición</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Repeat on %s</source>
        <translation>Repetir el %s</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>On &amp;date</source>
        <translation>En una &amp;fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Después de</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick the end date from a calendar</source>
        <translation>Elegir la fecha de fin en un calendario</translation>
    </message>
    <message>
        <source>End date calendar</source>
        <translation>Calendario de la fecha de fin</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vez</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>Custom rule: {words} ({rule})</source>
        <translation>Regla personalizada: {words} ({rule})</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Monday</source>
        <extracomment>The key of the monthly choices on a weekday, before &quot;:&quot; and the place in the month. How many dates the summary lists.</extracomment>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly on day %d</source>
        <translation>Mensualmente el día %d</translation>
    </message>
    <message>
        <source>Monthly on the {place} {weekday}</source>
        <translation>Mensualmente el {place} {weekday}</translation>
    </message>
    <message>
        <source>Yearly on %s</source>
        <translation>Anualmente el %s</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Regla personalizada</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>{words}. No dates: it ends before it starts.</source>
        <translation>{words}. Sin fechas: termina antes de empezar.</translation>
    </message>
    <message>
        <source>{words}
First dates: {dates}</source>
        <translation>{words}
Primeras fechas: {dates}</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>New referral</source>
        <extracomment>Offered first in the list of whom to refer to: those a patient is usually referred to. The most contacts of each group the list offers (a directory of thousands stays quick).</extracomment>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Editar derivación</translation>
    </message>
    <message>
        <source>the referral for “%s”</source>
        <translation>la derivación para “%s”</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Enviar derivación</translation>
    </message>
    <message>
        <source>Its follow-up task goes too while it is open.</source>
        <translation>Su tarea de seguimiento también se elimina si sigue abierta.</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Eliminar derivación</translation>
    </message>
    <message>
        <source>Referral %s</source>
        <translation>Derivación %s</translation>
    </message>
    <message>
        <source>Mark %s</source>
        <translation>Marcar como %s</translation>
    </message>
</context>
<context>
    <name>ReferralRules</name>
    <message>
        <source>Choose whom the patient is referred to.</source>
        <translation>Elija a quién se deriva al paciente.</translation>
    </message>
    <message>
        <source>Say what the referral is for (e.g. &apos;Meals at home on weekdays&apos;).</source>
        <translation>Indique para qué es la derivación (p. ej., &apos;Comidas a domicilio entre semana&apos;).</translation>
    </message>
    <message>
        <source>A referral cannot be sent in the future.</source>
        <translation>Una derivación no puede enviarse en el futuro.</translation>
    </message>
    <message>
        <source>The follow-up comes after the referral is sent.</source>
        <translation>El seguimiento va después de enviar la derivación.</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Open carebook</source>
        <extracomment>How often the clock is looked at: a notice comes within this of its time. How long a notice stays on the desktop. A notice was given (shown in the tray, or by the window where there is no tray). The notices given while carebook runs, when: kept in memory only.</extracomment>
        <translation>&amp;Abrir carebook</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>carebook — %s</source>
        <translation>carebook — %s</translation>
    </message>
</context>
<context>
    <name>RepeatLimits</name>
    <message>
        <source>visits are kept to the minute, so a rule cannot choose seconds: leave out BYSECOND</source>
        <extracomment>Visits one bounded series may hold (COUNT, or the visits up to its UNTIL): a visit a day for more than thirteen years, or four a day for three. Each is a row in the caseload file. How far ahead of today open-ended series are laid out as dated visits, and the slack added so they are laid out again only every few months. The last moment a visit may start: the end of carebook&apos;s last day. The rule parts that give a day&apos;s times, in the order a day&apos;s times are trimmed.</extracomment>
        <translation>las visitas se guardan al minuto, así que una regla no puede elegir segundos: quite BYSECOND</translation>
    </message>
    <message>
        <source>it gives {daily:,} visits a day and one series keeps at most {most}: give fewer hours (BYHOUR) or minutes (BYMINUTE)</source>
        <translation>da {daily:,} visitas al día y una serie guarda como máximo {most}: indique menos horas (BYHOUR) o minutos (BYMINUTE)</translation>
    </message>
    <message>
        <source>COUNT={count:,} is more visits than one series keeps ({most:,}): give a smaller COUNT, or leave it out to repeat without end</source>
        <translation>COUNT={count:,} son más visitas de las que guarda una serie ({most:,}): indique un COUNT menor, o quítelo para repetir sin fin</translation>
    </message>
</context>
<context>
    <name>RepeatPattern</name>
    <message>
        <source>The repeats end on {until}, before the first date ({start}); choose a later end date.</source>
        <extracomment>RFC 5545 day codes, Monday first: a weekday number (Monday=0) indexes this. &quot;The first … fourth, or last Tuesday&quot;: a fifth one is always also the last.</extracomment>
        <translation>Las repeticiones terminan el {until}, antes de la primera fecha ({start}); elija una fecha de fin posterior.</translation>
    </message>
    <message>
        <source>Unknown repeat frequency {frequency!r}.</source>
        <translation>Frecuencia de repetición desconocida: {frequency!r}.</translation>
    </message>
    <message>
        <source>Repeat every 1 to {max_interval} days, weeks, months or years (got {interval}).</source>
        <translation>Repita cada 1 a {max_interval} días, semanas, meses o años (se indicó {interval}).</translation>
    </message>
    <message>
        <source>Choose at least one day of the week to repeat on.</source>
        <translation>Elija al menos un día de la semana para repetir.</translation>
    </message>
    <message>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días de la semana se numeran de 0 (lunes) a 6 (domingo).</translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <translation>Elija un día del mes del 1 al 31.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last week of the month.</source>
        <translation>Elija la primera, segunda, tercera, cuarta o última semana del mes.</translation>
    </message>
    <message>
        <source>Choose the day of the week to repeat on.</source>
        <translation>Elija el día de la semana en que se repite.</translation>
    </message>
    <message>
        <source>Unknown way for the repeats to end: {end!r}.</source>
        <translation>Forma desconocida de terminar las repeticiones: {end!r}.</translation>
    </message>
    <message>
        <source>Enter the date the repeats end, e.g. 2027-01-31.</source>
        <translation>Escriba la fecha en que terminan las repeticiones, p. ej., 2027-01-31.</translation>
    </message>
    <message>
        <source>The number of times must be from 1 to {max_count}.</source>
        <translation>El número de veces debe ser de 1 a {max_count}.</translation>
    </message>
    <message>
        <source>Repeat rules using {unknown} cannot be edited here.</source>
        <translation>Las reglas de repetición que usan {unknown} no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>Weeks that start on a day other than Monday cannot be edited here.</source>
        <translation>Las semanas que empiezan en un día distinto del lunes no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>BYSETPOS can only be edited here in a monthly rule.</source>
        <translation>BYSETPOS solo se puede editar aquí en una regla mensual.</translation>
    </message>
    <message>
        <source>A weekly rule limited to some months or dates cannot be edited here.</source>
        <translation>Una regla semanal limitada a algunos meses o fechas no se puede editar aquí.</translation>
    </message>
    <message>
        <source>A daily rule limited to some months or dates cannot be edited here.</source>
        <translation>Una regla diaria limitada a algunos meses o fechas no se puede editar aquí.</translation>
    </message>
    <message>
        <source>Every few days, but only on some weekdays, cannot be edited here.</source>
        <translation>Cada pocos días, pero solo algunos días de la semana, no se puede editar aquí.</translation>
    </message>
    <message>
        <source>A monthly rule limited to some months cannot be edited here.</source>
        <translation>Una regla mensual limitada a algunos meses no se puede editar aquí.</translation>
    </message>
    <message>
        <source>A rule naming both weekdays and dates cannot be edited here.</source>
        <translation>Una regla que nombra a la vez días de la semana y fechas no se puede editar aquí.</translation>
    </message>
    <message>
        <source>BYSETPOS can only be edited here with a single weekday.</source>
        <translation>BYSETPOS solo se puede editar aquí con un único día de la semana.</translation>
    </message>
    <message>
        <source>Days counted from the end of the month cannot be edited here.</source>
        <translation>Los días contados desde el final del mes no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>A monthly rule on several weekdays cannot be edited here.</source>
        <translation>Una regla mensual en varios días de la semana no se puede editar aquí.</translation>
    </message>
    <message>
        <source>BYSETPOS with a numbered weekday cannot be edited here.</source>
        <translation>BYSETPOS con un día de la semana numerado no se puede editar aquí.</translation>
    </message>
    <message>
        <source>Only the first to fourth, or the last, weekday of a month can be edited here.</source>
        <translation>Aquí solo se puede editar del primero al cuarto, o el último, día de la semana de un mes.</translation>
    </message>
    <message>
        <source>Only a yearly rule on the start&apos;s date can be edited here.</source>
        <translation>Aquí solo se puede editar una regla anual en la fecha de inicio.</translation>
    </message>
    <message>
        <source>{item!r} is not a day of the week.</source>
        <translation>{item!r} no es un día de la semana.</translation>
    </message>
    <message>
        <source>Numbered weekdays only belong in a monthly rule.</source>
        <translation>Los días de la semana numerados solo corresponden a una regla mensual.</translation>
    </message>
    <message>
        <source>{name} must be one number to be edited here.</source>
        <translation>{name} debe ser un solo número para editarse aquí.</translation>
    </message>
    <message>
        <source>UNTIL={value} is not a date.</source>
        <translation>UNTIL={value} no es una fecha.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
</context>
<context>
    <name>RepeatRules</name>
    <message>
        <source>UNTIL in the repeat rule {text} must be a date written YYYYMMDD, or a date and time YYYYMMDDTHHMMSS (RFC 5545), e.g. UNTIL=20270131.</source>
        <translation>UNTIL en la regla de repetición {text} debe ser una fecha escrita YYYYMMDD, o una fecha y hora YYYYMMDDTHHMMSS (RFC 5545), p. ej., UNTIL=20270131.</translation>
    </message>
    <message>
        <source>The repeat rule {text} cannot be kept: {problem}.</source>
        <translation>La regla de repetición {text} no se puede guardar: {problem}.</translation>
    </message>
    <message>
        <source>The repeat rule {text} never happens: {never}.</source>
        <translation>La regla de repetición {text} nunca ocurre: {never}.</translation>
    </message>
    <message>
        <source>The repeat rule {text} cannot be kept: {why}.</source>
        <translation>La regla de repetición {text} no se puede guardar: {why}.</translation>
    </message>
    <message>
        <source>its end (UNTIL) {day} is outside the dates carebook keeps ({earliest} to {latest}); check the year</source>
        <translation>su final (UNTIL) {day} está fuera de las fechas que carebook admite ({earliest} a {latest}); revise el año</translation>
    </message>
    <message>
        <source>The repeat rule {text} never happens: none of its dates falls from its start to {latest}.</source>
        <translation>La regla de repetición {text} nunca ocurre: ninguna de sus fechas cae entre su inicio y {latest}.</translation>
    </message>
    <message>
        <source>The repeat rule {text} cannot be kept: up to its end (UNTIL) it gives more than {most_in_a_series:,} visits, the most one series keeps; end it sooner, repeat less often, or leave the end out to repeat without end.</source>
        <translation>La regla de repetición {text} no se puede guardar: hasta su fin (UNTIL) da más de {most_in_a_series:,} visitas, el máximo que guarda una serie; termínela antes, repita con menos frecuencia o quite el fin para repetir sin fin.</translation>
    </message>
    <message>
        <source>The repeat rule is empty.</source>
        <extracomment>How RFC 5545 writes UNTIL: a date, or a date and local time (a UTC one is refused apart).</extracomment>
        <translation>La regla de repetición está vacía.</translation>
    </message>
    <message>
        <source>The repeat rule {text} must be a single RRULE line.</source>
        <translation>La regla de repetición {text} debe ser una sola línea RRULE.</translation>
    </message>
    <message>
        <source>The repeat rule {text} must repeat daily, weekly, monthly or yearly.</source>
        <translation>La regla de repetición {text} debe repetirse cada día, cada semana, cada mes o cada año.</translation>
    </message>
    <message>
        <source>{name} in the repeat rule must be a whole number of 1 or more.</source>
        <translation>{name} en la regla de repetición debe ser un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>A repeat rule ends either after a number of times or on a date, not both.</source>
        <translation>Una regla de repetición termina tras un número de veces o en una fecha, no ambas cosas.</translation>
    </message>
    <message>
        <source>The repeat rule {text} ends at a UTC time (UNTIL ending in Z); visits keep local wall-clock time, so give the end in local time, without the Z.</source>
        <translation>La regla de repetición {text} termina a una hora UTC (UNTIL terminado en Z); las visitas mantienen la hora local, así que indique el fin en hora local, sin la Z.</translation>
    </message>
    <message>
        <source>The repeat rule {text} is not valid: {error}</source>
        <translation>La regla de repetición {text} no es válida: {error}</translation>
    </message>
    <message>
        <source>The repeat rule {text} must be a single RRULE.</source>
        <translation>La regla de repetición {text} debe ser una sola RRULE.</translation>
    </message>
    <message>
        <source>no month has a weekday numbered {number}</source>
        <extracomment>The most days each month can have (February in a leap year).</extracomment>
        <translation>ningún mes tiene un día de la semana con el número {number}</translation>
    </message>
    <message>
        <source>no year has a weekday numbered {number}</source>
        <translation>ningún año tiene un día de la semana con el número {number}</translation>
    </message>
    <message>
        <source>every month it repeats in is left out by its months</source>
        <translation>todos los meses en que se repite quedan excluidos por sus meses</translation>
    </message>
    <message>
        <source>none of its months has that day</source>
        <translation>ninguno de sus meses tiene ese día</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print %s</source>
        <extracomment>The folder the last report was saved in, for this session only: never kept in QSettings, since a coordinator may save into a folder named after a patient.</extracomment>
        <translation>Imprimir %s</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save it as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardarlo como archivo PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Guardar como HTML…</translation>
    </message>
    <message>
        <source>Save it as one web page that opens anywhere, offline (to e-mail or archive)</source>
        <translation>Guardarlo como una sola página web que se abre en cualquier lugar, sin conexión (para enviar por correo electrónico o archivar)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>{label}: {title}</source>
        <extracomment>The rule&apos;s day codes, Monday first, as date.weekday() counts them.</extracomment>
        <translation>{label}: {title}</translation>
    </message>
    <message>
        <source>Review {kind}</source>
        <translation>Revisión de {kind}</translation>
    </message>
    <message>
        <source>Review {what}</source>
        <translation>Revisión de {what}</translation>
    </message>
    <message>
        <source>Review {kind}: {what}</source>
        <translation>Revisión de {kind}: {what}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Cada {days}</translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation>Cada dos semanas: {days}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every other day</source>
        <translation>Un día sí y otro no</translation>
    </message>
    <message>
        <source>at {start}–{end}, next {day}</source>
        <translation>a las {start}–{end}, la próxima el {day}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Confidential: contains personal health information. Keep it with you, never leave it in view, and shred it when you are done.</source>
        <extracomment>Printed on every page of every report: what it holds and how to treat it.</extracomment>
        <translation>Confidencial: contiene información de salud personal. Llévelo siempre consigo, nunca lo deje a la vista y destrúyalo cuando termine.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the caseload. Backups are taken when carebook closes, once a day while it runs, and when you choose File → Back up now.</source>
        <translation>Elija la copia de seguridad que reemplazará a la cartera de pacientes. Las copias de seguridad se hacen al cerrar carebook, una vez al día mientras está abierto y cuando elige Archivo → Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>is the caseload itself; choose a backup to restore</source>
        <translation>es la propia cartera; elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>is open in carebook or another program; close it and try again</source>
        <translation>está abierta en carebook o en otro programa; ciérrela e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot be prepared for the restore ({error})</source>
        <translation>no se puede preparar para la restauración ({error})</translation>
    </message>
    <message>
        <source>still has a -wal or -journal file beside it after it was closed; nothing was changed</source>
        <translation>todavía tiene un archivo -wal o -journal al lado después de cerrarse; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>The next review must come after this one.</source>
        <extracomment>A plan with no review history of its own is next reviewed this long after a review.</extracomment>
        <translation>La próxima revisión debe ser posterior a esta.</translation>
    </message>
</context>
<context>
    <name>Rounding</name>
    <message>
        <source>Time is billed to the minute.</source>
        <translation>El tiempo se factura por minuto.</translation>
    </message>
    <message>
        <source>Time is rounded up to {minutes} minutes, each entry.</source>
        <translation>El tiempo se redondea hacia arriba a {minutes} minutos, en cada registro.</translation>
    </message>
    <message>
        <source>Time is rounded up to {minutes} minutes, each day&apos;s total for the client.</source>
        <translation>El tiempo se redondea hacia arriba a {minutes} minutos, en el total diario de cada cliente.</translation>
    </message>
    <message>
        <source>Not rounded</source>
        <translation>Sin redondeo</translation>
    </message>
    <message>
        <source>Up to 6 minutes</source>
        <translation>Hacia arriba a 6 minutos</translation>
    </message>
    <message>
        <source>Up to 10 minutes</source>
        <translation>Hacia arriba a 10 minutos</translation>
    </message>
    <message>
        <source>Up to 15 minutes</source>
        <translation>Hacia arriba a 15 minutos</translation>
    </message>
</context>
<context>
    <name>RoundingScope</name>
    <message>
        <source>Each entry</source>
        <translation>Cada registro</translation>
    </message>
    <message>
        <source>Each client&apos;s day</source>
        <translation>El día de cada cliente</translation>
    </message>
</context>
<context>
    <name>RouteTimes</name>
    <message>
        <source>Follow the new route</source>
        <extracomment>How many of the moves the question lists before saying how many more.</extracomment>
        <translation>Seguir la nueva ruta</translation>
    </message>
    <message>
        <source>Shift the times to follow the new route?</source>
        <translation>¿Ajustar los horarios para seguir la nueva ruta?</translation>
    </message>
    <message>
        <source>Shift the times to follow the route</source>
        <translation>Ajustar los horarios para seguir la ruta</translation>
    </message>
    <message>
        <source>{patient}: {before} → {after}</source>
        <translation>{patient}: {before} → {after}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Each visit keeps its length, with the travel between stops; a visit of a series moves alone. Undo puts every time back.</source>
        <translation>Cada visita conserva su duración, con el traslado entre paradas; una visita de una serie se mueve sola. Deshacer devuelve todos los horarios a su lugar.</translation>
    </message>
</context>
<context>
    <name>RouteTripsDialog</name>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>Trips of %s</source>
        <translation>Trayectos del %s</translation>
    </message>
    <message>
        <source>The day&apos;s route as trips: from Home to each visit in route order and Home again. Tick the legs you drove and give each one&apos;s distance in %s; a distance last logged between the same places is filled in.</source>
        <translation>La ruta del día como trayectos: de Casa a cada visita en el orden de la ruta y de vuelta a Casa. Marque los tramos que manejó e indique la distancia de cada uno en %s; se completa la distancia registrada la última vez entre los mismos lugares.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Distance (%s)</source>
        <translation>Distancia (%s)</translation>
    </message>
    <message>
        <source>Bill the client</source>
        <translation>Facturar al cliente</translation>
    </message>
    <message>
        <source>e.g. 12.4</source>
        <translation>p. ej., 12.4</translation>
    </message>
    <message>
        <source>Distance from {start} to {end}</source>
        <translation>Distancia de {start} a {end}</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>&amp;Log trips</source>
        <translation>&amp;Registrar trayectos</translation>
    </message>
    <message>
        <source>The distance from {start} to {end}</source>
        <translation>La distancia de {start} a {end}</translation>
    </message>
    <message>
        <source>The distance from {start} to {end} is needed.</source>
        <translation>Se necesita la distancia de {start} a {end}.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Log these trips?</source>
        <translation>¿Registrar estos trayectos?</translation>
    </message>
    <message numerus="yes">
        <source>Log %n trip(s) of the day</source>
        <translation>
            <numerusform>Registrar %n trayecto del día</numerusform>
            <numerusform>Registrar %n trayectos del día</numerusform>
        </translation>
    </message>
    <message>
        <source>No trips to log</source>
        <translation>No hay trayectos que registrar</translation>
    </message>
    <message>
        <source>%s has no visits to drive to that are not logged already.</source>
        <translation>%s no tiene visitas a las que manejar que no estén ya registradas.</translation>
    </message>
</context>
<context>
    <name>SamePatient</name>
    <message>
        <source>same MRN</source>
        <translation>mismo MRN</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>Mover visita</translation>
    </message>
    <message>
        <source>The selected visit</source>
        <translation>La visita seleccionada</translation>
    </message>
    <message>
        <source>Travel time before this visit…</source>
        <translation>Tiempo de traslado antes de esta visita…</translation>
    </message>
    <message>
        <source>How long the trip here from the stop before takes (Ctrl+Alt+T)</source>
        <translation>Cuánto tarda el trayecto hasta aquí desde la parada anterior (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>{visits} visits in {month}; {overlaps} days with visits that overlap (marked ⚠).</source>
        <translation>{visits} visitas en {month}; {overlaps} días con visitas que se superponen (marcadas con ⚠).</translation>
    </message>
    <message>
        <source>No visits booked in {month}.</source>
        <translation>No hay visitas programadas en {month}.</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Tiempo de traslado</translation>
    </message>
    <message>
        <source>Choose a visit the coordinator travels to after another stop of the day (not the first stop, a call or a patient&apos;s own appointment).</source>
        <translation>Elija una visita a la que la coordinadora se traslada después de otra parada del día (no la primera parada, una llamada ni una cita propia del paciente).</translation>
    </message>
    <message>
        <source>Both visits need an address for a trip.</source>
        <translation>Ambas visitas necesitan una dirección para un trayecto.</translation>
    </message>
    <message>
        <source>Minutes from {here} to {there} (either way):</source>
        <translation>Minutos de {here} a {there} (en cualquier sentido):</translation>
    </message>
    <message>
        <source>Set travel time</source>
        <translation>Fijar tiempo de traslado</translation>
    </message>
    <message>
        <source>No visit selected.</source>
        <translation>No hay ninguna visita seleccionada.</translation>
    </message>
    <message>
        <source>overlaps another visit</source>
        <translation>se superpone con otra visita</translation>
    </message>
    <message>
        <source>{travel} min travel before (tight: {gap} min between visits)</source>
        <translation>{travel} min de traslado antes (justo: {gap} min entre visitas)</translation>
    </message>
    <message>
        <source>{travel} min travel before</source>
        <translation>{travel} min de traslado antes</translation>
    </message>
    <message>
        <source>No visits booked for this day.</source>
        <translation>No hay visitas programadas para este día.</translation>
    </message>
    <message>
        <source>No visits booked for this week.</source>
        <translation>No hay visitas programadas para esta semana.</translation>
    </message>
    <message>
        <source>{visits} visits; {overlapping} overlap another (⚠ and a bar down the side); {tight} gaps too short for the trip (hatched). Drag a visit, or Alt+Shift+arrows, to move it.</source>
        <translation>{visits} visitas; {overlapping} se superponen con otra (⚠ y una barra al costado); {tight} huecos demasiado cortos para el trayecto (rayados). Arrastre una visita, o use Alt+Shift+flechas, para moverla.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>open the selected record (in a list); save (in a form)</source>
        <extracomment>The keys of the lists, the Agenda and the forms, which no menu carries (what each does is translated where the sheet shows it).</extracomment>
        <translation>abrir el registro seleccionado (en una lista); guardar (en un formulario)</translation>
    </message>
    <message>
        <source>edit the selected record</source>
        <translation>editar el registro seleccionado</translation>
    </message>
    <message>
        <source>delete the selected record (asked first)</source>
        <translation>eliminar el registro seleccionado (se pide confirmación)</translation>
    </message>
    <message>
        <source>a new record of the list or section that has the keyboard</source>
        <translation>un registro nuevo de la lista o sección que tiene el teclado</translation>
    </message>
    <message>
        <source>mark the selected visit or task done (Agenda)</source>
        <translation>marcar como hecha la visita o tarea seleccionada (Agenda)</translation>
    </message>
    <message>
        <source>move the selected visit earlier or later in the day&apos;s route</source>
        <translation>mover la visita seleccionada antes o después en la ruta del día</translation>
    </message>
    <message>
        <source>the previous or next day (Agenda)</source>
        <translation>el día anterior o siguiente (Agenda)</translation>
    </message>
    <message>
        <source>tick or untick a line (reconciling a discharge list)</source>
        <translation>marcar o desmarcar una línea (al conciliar una lista del alta)</translation>
    </message>
    <message>
        <source>save a form from a notes field</source>
        <translation>guardar un formulario desde un campo de notas</translation>
    </message>
    <message>
        <source>close a form without saving</source>
        <translation>cerrar un formulario sin guardar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In lists and forms</source>
        <translation>En listas y formularios</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>%s

Only one carebook at a time may change a caseload: close it on that computer, then start carebook again.</source>
        <extracomment>How long a second start keeps trying to reach the first: it may be just starting up. A second start asked, and the window was brought forward.</extracomment>
        <translation>%s

Solo un carebook a la vez puede modificar una cartera: ciérrelo en esa computadora y luego vuelva a iniciar carebook.</translation>
    </message>
    <message>
        <source>%s

It did not come forward when asked. Switch to that carebook window (or let the carebook command finish), then start carebook again if you need to.</source>
        <translation>%s

No pasó al frente cuando se le pidió. Cambie a esa ventana de carebook (o deje que termine el comando carebook) y luego vuelva a iniciar carebook si lo necesita.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <source>{text} is a number, not a date; format the column as dates or text in the spreadsheet.</source>
        <translation>{text} es un número, no una fecha; dé formato de fecha o de texto a la columna en la hoja de cálculo.</translation>
    </message>
    <message>
        <source>{text} is not written year first, as the other dates are (year-month-day).</source>
        <translation>{text} no está escrita con el año primero, como las demás fechas (año-mes-día).</translation>
    </message>
    <message>
        <source>{text} is not a real calendar date.</source>
        <translation>{text} no es una fecha real del calendario.</translation>
    </message>
    <message>
        <source>{text} could be day/month/year or month/day/year; say which the file uses.</source>
        <translation>{text} podría ser día/mes/año o mes/día/año; indique cuál usa el archivo.</translation>
    </message>
    <message>
        <source>{text} has a two-digit year; write the year in full (e.g. 19{year} or 20{year}) so that it cannot be misread.</source>
        <translation>{text} tiene el año con dos dígitos; escriba el año completo (p. ej., 19{year} o 20{year}) para que no pueda malinterpretarse.</translation>
    </message>
    <message>
        <source>{text} is not a date: the year must have four digits.</source>
        <translation>{text} no es una fecha: el año debe tener cuatro dígitos.</translation>
    </message>
    <message>
        <source>{text} has no year; write the date in full, e.g. 1941-04-03.</source>
        <translation>{text} no tiene año; escriba la fecha completa, p. ej., 1941-04-03.</translation>
    </message>
    <message>
        <source>{text} is not a date carebook can read; write it as YYYY-MM-DD (e.g. 1941-04-03) or day/month/year in full (03/04/1941).</source>
        <translation>{text} no es una fecha que carebook pueda leer; escríbala como YYYY-MM-DD (p. ej., 1941-04-03) o día/mes/año completo (03/04/1941).</translation>
    </message>
    <message>
        <source>{text} is not a real calendar date (read as {order}).</source>
        <translation>{text} no es una fecha real del calendario (leída como {order}).</translation>
    </message>
    <message>
        <source>{text} has no real UTC offset ({offset}).</source>
        <translation>{text} no tiene un desfase UTC real ({offset}).</translation>
    </message>
    <message>
        <source>{text} is not a time of day.</source>
        <translation>{text} no es una hora del día.</translation>
    </message>
    <message>
        <source>{text} is not a time of day; write it like 14:30 or 2:30 pm.</source>
        <translation>{text} no es una hora del día; escríbala como 14:30 o 2:30 pm.</translation>
    </message>
    <message>
        <source>{text} is not yes or no.</source>
        <translation>{text} no es sí ni no.</translation>
    </message>
    <message>
        <source>A number of {digits:,} digits is not a number of minutes.</source>
        <translation>Un número de {digits:,} dígitos no es un número de minutos.</translation>
    </message>
    <message>
        <source>A number of {digits:,} digits is not a whole number.</source>
        <translation>Un número de {digits:,} dígitos no es un número entero.</translation>
    </message>
    <message>
        <source>{text} is not a number of minutes.</source>
        <translation>{text} no es un número de minutos.</translation>
    </message>
    <message>
        <source>{text} is not a whole number.</source>
        <translation>{text} no es un número entero.</translation>
    </message>
    <message>
        <source>The number is too large for any measure carebook keeps.</source>
        <extracomment>Digits in the largest whole number a cell is read as: far more than any count carebook keeps.</extracomment>
        <translation>El número es demasiado grande para cualquier medida que guarda carebook.</translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation>{text} no es un número.</translation>
    </message>
    <message>
        <source>{text} is not one of: {choices}.</source>
        <translation>{text} no es uno de: {choices}.</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>afecciones</translation>
    </message>
    <message>
        <source>{name} is not something {kind} can be imported as; choose from: {names}.</source>
        <extracomment>The choice in a mapping that imports a column as nothing. Every kind&apos;s fields, in the order they take their pick of the columns. A column index -&gt; the field name it is imported as (a column left out is ignored).</extracomment>
        <translation>No se pueden importar {kind} como {name}; elija entre: {names}.</translation>
    </message>
    <message>
        <source>There is no column {column}; the file has {count}.</source>
        <translation>No hay columna {column}; el archivo tiene {count}.</translation>
    </message>
    <message>
        <source>Two columns are imported as {field}: {first} and {second}; choose one.</source>
        <translation>Dos columnas se importan como {field}: {first} y {second}; elija una.</translation>
    </message>
    <message>
        <source>Choose the column with the patients&apos; names (a given or family name).</source>
        <translation>Elija la columna con los nombres de los pacientes (un nombre o un apellido).</translation>
    </message>
    <message>
        <source>Choose the column with the medication&apos;s name.</source>
        <translation>Elija la columna con el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Choose the column with the appointment&apos;s date.</source>
        <translation>Elija la columna con la fecha de la cita.</translation>
    </message>
    <message>
        <source>Choose the column with the task&apos;s title.</source>
        <translation>Elija la columna con el título de la tarea.</translation>
    </message>
    <message>
        <source>Choose the column with the substance the patient is allergic to.</source>
        <translation>Elija la columna con la sustancia a la que el paciente es alérgico.</translation>
    </message>
    <message>
        <source>Choose the column with the condition.</source>
        <translation>Elija la columna con la afección.</translation>
    </message>
    <message>
        <source>Choose the column that says whose record it is: the patient&apos;s MRN, or their name and date of birth.</source>
        <translation>Elija la columna que indica de quién es el registro: el MRN del paciente, o su nombre y fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Finding a patient by name needs their date of birth too: choose that column as well.</source>
        <translation>Para encontrar a un paciente por nombre también se necesita su fecha de nacimiento: elija también esa columna.</translation>
    </message>
    <message>
        <source>There is no column {name}; the columns are {names}.</source>
        <translation>No hay columna {name}; las columnas son {names}.</translation>
    </message>
    <message>
        <source>More than one column is called {name}; rename one in the spreadsheet.</source>
        <translation>Hay más de una columna llamada {name}; cambie el nombre de una en la hoja de cálculo.</translation>
    </message>
    <message>
        <source>{day_first} on row {day_row}, {month_first} on row {month_row}</source>
        <extracomment>The shapes of a date that tell something of the file&apos;s order.</extracomment>
        <translation>{day_first} en la fila {day_row}, {month_first} en la fila {month_row}</translation>
    </message>
    <message>
        <source>dates read as {order}, as {text} on row {row} shows</source>
        <translation>fechas leídas como {order}, como muestra {text} en la fila {row}</translation>
    </message>
    <message>
        <source>same medication and start date</source>
        <extracomment>What a linked record shares with one it duplicates (see core.record_keys.same_record_key).</extracomment>
        <translation>mismo medicamento y fecha de inicio</translation>
    </message>
    <message>
        <source>same patient and start</source>
        <translation>mismo paciente e inicio</translation>
    </message>
    <message>
        <source>same task and due date</source>
        <translation>misma tarea y fecha de vencimiento</translation>
    </message>
    <message>
        <source>same allergy</source>
        <translation>misma alergia</translation>
    </message>
    <message>
        <source>same condition and onset</source>
        <translation>misma afección y fecha de aparición</translation>
    </message>
    <message>
        <source>same MRN</source>
        <translation>mismo MRN</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>No patient in the caseload has the MRN {mrn}; import or add the patient first.</source>
        <translation>Ningún paciente de la cartera tiene el MRN {mrn}; importe o agregue primero al paciente.</translation>
    </message>
    <message>
        <source>{count} patients have the MRN {mrn} (patients {ids}); give the MRN to say which.</source>
        <translation>{count} pacientes tienen el MRN {mrn} (pacientes {ids}); indique el MRN para precisar cuál.</translation>
    </message>
    <message>
        <source>Give the patient&apos;s date of birth: a patient is found by name only with it.</source>
        <translation>Indique la fecha de nacimiento del paciente: solo con ella se encuentra a un paciente por nombre.</translation>
    </message>
    <message>
        <source>No patient in the caseload has the name {name} and date of birth {born}; import or add the patient first.</source>
        <translation>Ningún paciente de la cartera tiene el nombre {name} y la fecha de nacimiento {born}; importe o agregue primero al paciente.</translation>
    </message>
    <message>
        <source>{count} patients have the name {name} and date of birth {born} (patients {ids}); give the MRN to say which.</source>
        <translation>{count} pacientes tienen el nombre {name} y la fecha de nacimiento {born} (pacientes {ids}); indique el MRN para precisar cuál.</translation>
    </message>
    <message>
        <source>Say whose record this is: the patient&apos;s MRN, or their name and date of birth, is empty.</source>
        <translation>Indique de quién es este registro: el MRN del paciente, o su nombre y fecha de nacimiento, está vacío.</translation>
    </message>
    <message>
        <source>dates read as {order}, as asked</source>
        <translation>fechas leídas como {order}, según lo pedido</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <extracomment>What a row can become.</extracomment>
        <translation>fila {row}, columna {column}: {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>fila {row}: {message}</translation>
    </message>
    <message>
        <source>row {row}: {reason} as patient {id}, {existing}</source>
        <translation>fila {row}: {reason} que el paciente {id}, {existing}</translation>
    </message>
    <message>
        <source>row {row}: {reason} as one already in the caseload</source>
        <translation>fila {row}: {reason} que uno que ya está en la cartera</translation>
    </message>
    <message>
        <source>row {row}: repeats row {of_row} of this file ({reason})</source>
        <translation>fila {row}: repite la fila {of_row} de este archivo ({reason})</translation>
    </message>
    <message>
        <source>The dates in this file are written both day-first and month-first ({conflict}); say which order the file uses, and the rows that do not fit will be listed.</source>
        <extracomment>what carebook&apos;s form would still ask of the record (imported all the same)</extracomment>
        <translation>Las fechas de este archivo están escritas tanto con el día primero como con el mes primero ({conflict}); indique qué orden usa el archivo y se listarán las filas que no coincidan.</translation>
    </message>
    <message>
        <source>Dates such as {example} (column {column}, row {row}) could be day/month/year or month/day/year, and no date in the file tells which; say which order the file uses.</source>
        <translation>Fechas como {example} (columna {column}, fila {row}) podrían ser día/mes/año o mes/día/año, y ninguna fecha del archivo lo aclara; indique qué orden usa el archivo.</translation>
    </message>
    <message>
        <source>1 row cannot be imported; correct them, or import the others without them.</source>
        <extracomment>The date that showed the order, and its row (&quot;25/12/1936&quot;, 3). The date that showed the order, and its row; None when the order was asked for.</extracomment>
        <translation>1 fila no se puede importar; corríjala o importe las demás sin ella.</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; correct them, or import the others without them.</source>
        <translation>{count} filas no se pueden importar; corríjalas o importe las demás sin ellas.</translation>
    </message>
    <message>
        <source>This row has {cells} cells but the header has {width}: a cell is missing, or a line break inside a cell was not quoted.</source>
        <extracomment>Distinct cells a date column remembers the reading of, at most.</extracomment>
        <translation>Esta fila tiene {cells} celdas pero el encabezado tiene {width}: falta una celda, o un salto de línea dentro de una celda no estaba entre comillas.</translation>
    </message>
    <message>
        <source>This row has {cells} cells but the header has {width}: is there a {delimiter} inside a cell that was not quoted?</source>
        <translation>Esta fila tiene {cells} celdas pero el encabezado tiene {width}: ¿hay un {delimiter} dentro de una celda que no estaba entre comillas?</translation>
    </message>
    <message>
        <source>{file} has a header row but no rows below it: there is nothing to import.</source>
        <translation>{file} tiene una fila de encabezado pero ninguna fila debajo: no hay nada que importar.</translation>
    </message>
    <message>
        <source>{name} does not say {what}; imported as incomplete (its form in carebook asks for it).</source>
        <translation>{name} no indica {what}; se importó como incompleto (su formulario en carebook lo pide).</translation>
    </message>
    <message>
        <source>It does not say {what}; imported as incomplete (its form in carebook asks for it).</source>
        <translation>No indica {what}; se importó como incompleto (su formulario en carebook lo pide).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <extracomment>How much of a file is read whole to tell its encoding and whether it is text at all; past it the rows are decoded as they stream, and a fault there is reported with its row. The delimiters a CSV file may use, in the order preferred on a tie. Control characters no text table holds (tab, line ends, form feed and DOS&apos;s end-of-file Ctrl+Z are left out of it). Control characters a text table may hold by mistake before it is taken for another kind of file.</extracomment>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook; save it as .xlsx or CSV and import that.</source>
        <translation>{file} no es un libro de Excel; guárdelo como .xlsx o CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) or other Office file; save it as .xlsx (Excel Workbook) or CSV and import that.</source>
        <translation>{file} es un archivo de Excel antiguo (.xls) u otro archivo de Office; guárdelo como .xlsx (libro de Excel) o CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} is named like an Excel workbook but is not one (it may be damaged, or another kind of file renamed).</source>
        <translation>{file} tiene nombre de libro de Excel pero no lo es (puede estar dañado, o ser otro tipo de archivo con el nombre cambiado).</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds NUL characters); choose the CSV or .xlsx file itself.</source>
        <translation>{file} no es un archivo de texto (contiene caracteres NUL); elija el propio archivo CSV o .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8 or Windows-1252 (byte {byte:,} makes no sense in either); save it from the spreadsheet as CSV UTF-8, or as .xlsx.</source>
        <translation>{file} no es un archivo de texto en UTF-8 ni en Windows-1252 (el byte {byte:,} no tiene sentido en ninguno de los dos); guárdelo desde la hoja de cálculo como CSV UTF-8 o como .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it holds NUL bytes (from byte {byte:,}), as a program or picture does. Choose the CSV or .xlsx file itself.</source>
        <translation>{file} no es un archivo de texto: contiene bytes NUL (desde el byte {byte:,}), como un programa o una imagen. Elija el propio archivo CSV o .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a text file (it is full of control characters); choose the CSV or .xlsx file itself.</source>
        <translation>{file} no es un archivo de texto (está lleno de caracteres de control); elija el propio archivo CSV o .xlsx.</translation>
    </message>
    <message>
        <source>{file} has nothing in its first row; the first row must name the columns (e.g. First name, Last name, Date of birth).</source>
        <translation>{file} no tiene nada en su primera fila; la primera fila debe nombrar las columnas (p. ej., Nombre, Apellido, Fecha de nacimiento).</translation>
    </message>
    <message>
        <source>{file}: row {row} holds text in two encodings (UTF-8 and Windows-1252); save the file as UTF-8 and import it again.</source>
        <translation>{file}: la fila {row} contiene texto en dos codificaciones (UTF-8 y Windows-1252); guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file}: row {row} holds bytes that are neither UTF-8 nor Windows-1252; save the file as UTF-8 and import it again.</source>
        <translation>{file}: la fila {row} contiene bytes que no son ni UTF-8 ni Windows-1252; guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file}: row {row} is in a different encoding ({found}) from the rows before it ({seen}); save the file as UTF-8 and import it again.</source>
        <translation>{file}: la fila {row} está en una codificación ({found}) distinta de la de las filas anteriores ({seen}); guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file}: row {row} holds a cell of more than {most:,} characters, larger than any real one: is a quote (&quot;) left open above it?</source>
        <extracomment>Decoded non-ASCII characters that are not bytes UTF-8 could not read (surrogateescape&apos;s).</extracomment>
        <translation>{file}: la fila {row} contiene una celda de más de {most:,} caracteres, más grande que cualquier celda real: ¿quedó abierta una comilla (&quot;) más arriba?</translation>
    </message>
    <message>
        <source>{file}: row {row} holds a NUL character, as no text table does; choose the CSV file itself.</source>
        <translation>{file}: la fila {row} contiene un carácter NUL, algo que ninguna tabla de texto tiene; elija el propio archivo CSV.</translation>
    </message>
    <message>
        <source>{file}: row {row} has a line break inside a cell that is not in quotes; save the file again from the spreadsheet as CSV.</source>
        <translation>{file}: la fila {row} tiene un salto de línea dentro de una celda que no está entre comillas; guarde el archivo de nuevo desde la hoja de cálculo como CSV.</translation>
    </message>
    <message>
        <source>{file}: row {row} cannot be read as CSV; save the file again from the spreadsheet as CSV.</source>
        <translation>{file}: la fila {row} no se puede leer como CSV; guarde el archivo de nuevo desde la hoja de cálculo como CSV.</translation>
    </message>
    <message>
        <source>{file}: row {row} holds bytes that are not {encoding}, although the rows above are; the file mixes encodings. Save it again from the spreadsheet as CSV UTF-8.</source>
        <translation>{file}: la fila {row} contiene bytes que no son {encoding}, aunque las filas anteriores sí lo son; el archivo mezcla codificaciones. Guárdelo de nuevo desde la hoja de cálculo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>The appointment needs a date.</source>
        <extracomment>An appointment without a length lasts this long.</extracomment>
        <translation>La cita necesita una fecha.</translation>
    </message>
    <message>
        <source>Give the appointment&apos;s time (a time column, or the time in the date cell).</source>
        <translation>Indique la hora de la cita (una columna de hora, o la hora en la celda de la fecha).</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>El inicio</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>El fin</translation>
    </message>
    <message>
        <source>The appointment ends before it starts.</source>
        <translation>La cita termina antes de empezar.</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <source>comma</source>
        <extracomment>Rows read from one file at most: a caseload is tens to thousands of patients, so a file far longer than that is a wrong file (a whole hospital&apos;s export), refused before it fills memory.</extracomment>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>{encoding}, comma-separated</source>
        <extracomment>How a file with each delimiter is described (&quot;UTF-8, comma-separated&quot;).</extracomment>
        <translation>{encoding}, separado por comas</translation>
    </message>
    <message>
        <source>{encoding}, semicolon-separated</source>
        <translation>{encoding}, separado por punto y coma</translation>
    </message>
    <message>
        <source>{encoding}, tab-separated</source>
        <translation>{encoding}, separado por tabulaciones</translation>
    </message>
    <message>
        <source>{encoding}, pipe-separated</source>
        <translation>{encoding}, separado por barras verticales</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>sheet {sheet} of an Excel workbook</source>
        <extracomment>Rows below the header, as far as can be told without reading them (lines in a CSV, the sheet&apos;s recorded size in a workbook, which may be too small; 0 when unknown), for a progress bar. Reads the rows below the header: the CSV reader, or the workbook&apos;s (which alone loads openpyxl), as the file turned out to be.</extracomment>
        <translation>hoja {sheet} de un libro de Excel</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe or a device): save the data to a file and import that.</source>
        <translation>{path} no es un archivo normal (es una canalización o un dispositivo): guarde los datos en un archivo e importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} has more than {most:,} rows; at most {most:,} are imported at a time. Is it the right file? If so, split it and import the parts one by one.</source>
        <translation>{file} tiene más de {most:,} filas; se importan como máximo {most:,} a la vez. ¿Es el archivo correcto? Si lo es, divídalo e importe las partes una por una.</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({error}); save it again from the spreadsheet as .xlsx or CSV.</source>
        <translation>{file} no se puede leer como libro de Excel ({error}); guárdelo de nuevo desde la hoja de cálculo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>{file} has no worksheet.</source>
        <translation>{file} no tiene ninguna hoja de cálculo.</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; its sheets are {sheets}.</source>
        <translation>{file} no tiene la hoja {sheet}; sus hojas son {sheets}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} is empty.</source>
        <translation>La hoja {sheet} de {file} está vacía.</translation>
    </message>
    <message>
        <source>{file}: row {row} of the sheet {sheet} cannot be read ({error}); save the workbook again from the spreadsheet, or as CSV.</source>
        <translation>{file}: la fila {row} de la hoja {sheet} no se puede leer ({error}); guarde el libro de nuevo desde la hoja de cálculo, o como CSV.</translation>
    </message>
</context>
<context>
    <name>StartTimerDialog</name>
    <message>
        <source>Start timer</source>
        <extracomment>The activity a timer starts with when none is chosen. The activity a visit&apos;s check-in times.</extracomment>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>No client (the practice&apos;s own work)</source>
        <translation>Sin cliente (trabajo propio de la consulta)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name, then pick her</source>
        <translation>Escriba parte del nombre del cliente y luego elíjalo</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and save again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The caseload file is read-only, so nothing was saved.</source>
        <translation>El archivo de la cartera es de solo lectura, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Another program is using the caseload file; nothing was saved. Try again.</source>
        <translation>Otro programa está usando el archivo de la cartera; no se guardó nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk reported an error, so nothing was saved. Check the drive and try again.</source>
        <translation>El disco informó un error, así que no se guardó nada. Revise la unidad y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The caseload file would not take the change ({error}); nothing was saved.</source>
        <translation>El archivo de la cartera no aceptó el cambio ({error}); no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The hub address must start with postgresql:// (for example postgresql://alice@hub.example.org/team).</source>
        <extracomment>An open connection to the hub, rows as tuples. The sslmodes a hub address may name: libpq&apos;s others either skip the certificate check or fall back to plain text, so anyone on the way could read or pose as the hub.</extracomment>
        <translation>La dirección del servidor central debe comenzar con postgresql:// (por ejemplo, postgresql://alice@hub.example.org/team).</translation>
    </message>
    <message>
        <source>The hub address {url} cannot be read; check it for typing slips.</source>
        <translation>No se puede leer la dirección del servidor central {url}; revise si tiene errores de escritura.</translation>
    </message>
    <message>
        <source>The hub address {url} names no computer; add the hub&apos;s host name.</source>
        <translation>La dirección del servidor central {url} no indica ninguna computadora; agregue el nombre de host del servidor central.</translation>
    </message>
    <message>
        <source>The hub address {url} names no database; add it after the host, as in postgresql://hub.example.org/team.</source>
        <translation>La dirección del servidor central {url} no indica ninguna base de datos; agréguela después del host, como en postgresql://hub.example.org/team.</translation>
    </message>
    <message>
        <source>The hub address turns encryption off (sslmode=disable), which is allowed only for a hub on this computer, and {host} is another computer. Use sslmode=verify-full so the team&apos;s traffic is encrypted and the hub&apos;s certificate is checked.</source>
        <translation>La dirección del servidor central desactiva el cifrado (sslmode=disable), lo cual solo se permite para un servidor central en esta computadora, y {host} es otra computadora. Use sslmode=verify-full para que el tráfico del equipo esté cifrado y se verifique el certificado del servidor central.</translation>
    </message>
    <message>
        <source>The hub address asks for sslmode={mode}. Use sslmode=verify-full (or leave sslmode out): other modes do not check the hub&apos;s certificate and name, so another computer could pose as the hub.</source>
        <translation>La dirección del servidor central solicita sslmode={mode}. Use sslmode=verify-full (u omita sslmode): los demás modos no verifican el certificado ni el nombre del servidor central, por lo que otra computadora podría hacerse pasar por él.</translation>
    </message>
    <message>
        <source>The hub at {host} offers no encrypted connection; ask your team&apos;s admin to turn on TLS for it.</source>
        <translation>El servidor central en {host} no ofrece una conexión cifrada; pida al administrador de su equipo que active TLS en él.</translation>
    </message>
    <message>
        <source>carebook has no certificate authority to check the hub at {host} with: add sslrootcert=system to the hub address, or the path of your team&apos;s CA file.</source>
        <translation>carebook no tiene una autoridad de certificación con la cual verificar el servidor central en {host}: agregue sslrootcert=system a la dirección del servidor central, o la ruta del archivo de CA de su equipo.</translation>
    </message>
    <message>
        <source>The hub at {host} could not prove it is your team&apos;s hub: its certificate did not verify. Ask your team&apos;s admin which certificate authority to use.</source>
        <translation>El servidor central en {host} no pudo demostrar que es el servidor central de su equipo: no se pudo verificar su certificado. Pregunte al administrador de su equipo qué autoridad de certificación usar.</translation>
    </message>
    <message>
        <source>The hub at {host} refused the user name {user} or its password; check them with your team&apos;s admin.</source>
        <translation>El servidor central en {host} rechazó el nombre de usuario {user} o su contraseña; verifíquelos con el administrador de su equipo.</translation>
    </message>
    <message>
        <source>The hub at {host} asks for a password; enter it in Team sync.</source>
        <translation>El servidor central en {host} solicita una contraseña; ingrésela en Sincronización del equipo.</translation>
    </message>
    <message>
        <source>The hub at {host} has no database named {database}.</source>
        <translation>El servidor central en {host} no tiene ninguna base de datos llamada {database}.</translation>
    </message>
    <message>
        <source>The hub at {host} does not let {user} connect; ask your team&apos;s admin for access.</source>
        <translation>El servidor central en {host} no permite que {user} se conecte; pida acceso al administrador de su equipo.</translation>
    </message>
    <message>
        <source>The hub at {host} did not answer; the network or the hub may be down. carebook will try again.</source>
        <translation>El servidor central en {host} no respondió; es posible que la red o el servidor central no estén disponibles. carebook volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The hub at {host} does not let {user} do this; ask your team&apos;s admin to grant {user} the carebook_member role.</source>
        <translation>El servidor central en {host} no permite que {user} haga esto; pida al administrador de su equipo que otorgue a {user} el rol carebook_member.</translation>
    </message>
    <message>
        <source>The database at {host} holds no carebook hub; run carebook team init first.</source>
        <translation>La base de datos en {host} no contiene ningún servidor central de carebook; primero ejecute carebook team init.</translation>
    </message>
    <message>
        <source>The hub at {host} stopped answering; carebook will try again.</source>
        <translation>El servidor central en {host} dejó de responder; carebook volverá a intentarlo.</translation>
    </message>
    <message>
        <source>This hub already holds a team; join it instead.</source>
        <extracomment>The columns a push writes, in COPY&apos;s order, with their PostgreSQL types (binary COPY).</extracomment>
        <translation>Este servidor central ya contiene un equipo; únase a él en su lugar.</translation>
    </message>
    <message>
        <source>This computer was removed from the team, so it may no longer send or receive changes. Ask your team&apos;s admin to add it again as a new device.</source>
        <translation>Esta computadora fue retirada del equipo, por lo que ya no puede enviar ni recibir cambios. Pida al administrador de su equipo que la agregue de nuevo como un dispositivo nuevo.</translation>
    </message>
    <message>
        <source>This computer has not joined the team on this hub; join it first.</source>
        <translation>Esta computadora no se ha unido al equipo de este servidor central; únase primero.</translation>
    </message>
    <message>
        <source>This hub was set up by a newer carebook; update carebook on this computer.</source>
        <extracomment>The hub layout this carebook writes and reads; a hub recording a higher one is refused. Every push holds this advisory lock until it commits, so changes commit in seq order and a reader of &quot;seq &gt; cursor&quot; never passes a row that a slower push commits later. Two coordinators setting up one hub at once take turns. The group role the team&apos;s admin grants to each member (GRANT carebook_member TO alice). Step n brings a hub from version n - 1 to n. Landed steps are never edited; a change of layout is a new step at the end. What a member needs: read everything, join with a device, push, and note its own pulls.</extracomment>
        <translation>Este servidor central fue configurado por una versión más reciente de carebook; actualice carebook en esta computadora.</translation>
    </message>
    <message>
        <source>This database holds no carebook hub; run carebook team init first.</source>
        <translation>Esta base de datos no contiene ningún servidor central de carebook; primero ejecute carebook team init.</translation>
    </message>
    <message>
        <source>This hub&apos;s schema version reads {value}, which carebook cannot understand; ask your team&apos;s admin to check the hub.</source>
        <translation>La versión del esquema de este servidor central indica {value}, que carebook no puede interpretar; pida al administrador de su equipo que revise el servidor central.</translation>
    </message>
    <message>
        <source>This hub was set up by an older carebook; run carebook team init to bring it up to date.</source>
        <translation>Este servidor central fue configurado por una versión anterior de carebook; ejecute carebook team init para actualizarlo.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <extracomment>The field both sides changed; None when one side deleted the record. &quot;both_changed&quot;, &quot;deleted_there&quot; (deleted elsewhere, changed here: kept here) or &quot;deleted_here&quot; (deleted here, changed elsewhere: their change is kept in the conflict).</extracomment>
        <translation>No existe ese conflicto.</translation>
    </message>
    <message>
        <source>This carebook does not know that kind of record.</source>
        <translation>Esta versión de carebook no reconoce ese tipo de registro.</translation>
    </message>
    <message>
        <source>That record has been deleted since; nothing is left to settle. Settle the conflict about its deletion first.</source>
        <translation>Ese registro se eliminó después; no queda nada por resolver. Resuelva primero el conflicto sobre su eliminación.</translation>
    </message>
    <message>
        <source>The record it belongs to was deleted here too: settle that one first.</source>
        <translation>El registro al que pertenece también se eliminó aquí: resuelva ese primero.</translation>
    </message>
    <message>
        <source>It clashes with a record here (the same number or name): change that one first, then settle this again.</source>
        <translation>Choca con un registro de aquí (el mismo número o nombre): cambie ese primero y luego vuelva a resolver este.</translation>
    </message>
    <message>
        <source>{kind} of {patient}</source>
        <extracomment>(table, id) of the record an undo snapshot carries.</extracomment>
        <translation>{kind} de {patient}</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>el registro completo</translation>
    </message>
    <message>
        <source>This caseload is not in a team.</source>
        <extracomment>Changes sent in one batch (one hub transaction), and read in one page (one local one). Series laid out again in one transaction after a page is merged. A fixed namespace for batch ids: the same changes sent again carry the same batch id, so the hub takes them once however often a crash makes this computer send them. Why the sync stopped short (None when it finished); `reachable` False when the hub could not be reached at all (offline: said quietly), True when the hub refused. The hub wants a password this computer does not keep (or refused the one it had).</extracomment>
        <translation>Esta cartera no pertenece a un equipo.</translation>
    </message>
    <message>
        <source>Sent {count} changes</source>
        <translation>Se enviaron {count} cambios</translation>
    </message>
    <message>
        <source>Received {count} changes</source>
        <translation>Se recibieron {count} cambios</translation>
    </message>
    <message>
        <source>A change from the hub could not be read; nothing of it was merged. Update carebook, or ask your team&apos;s admin.</source>
        <translation>No se pudo leer un cambio del servidor central; no se combinó nada de él. Actualice carebook o consulte al administrador de su equipo.</translation>
    </message>
    <message>
        <source>This caseload is in a team already; leave it first.</source>
        <translation>Esta cartera ya pertenece a un equipo; primero salga de él.</translation>
    </message>
    <message>
        <source>The hub at {host} has no team yet: make one with team init.</source>
        <translation>El servidor central en {host} todavía no tiene ningún equipo: cree uno con team init.</translation>
    </message>
    <message>
        <source>This team key is not the key of the team on {host}: check the recovery phrase or key file. Nothing was changed.</source>
        <translation>Esta clave del equipo no es la clave del equipo en {host}: revise la frase de recuperación o el archivo de clave. No se cambió nada.</translation>
    </message>
    <message>
        <source>The team key is kept in this computer&apos;s keyring.</source>
        <translation>La clave del equipo se guarda en el llavero del sistema de esta computadora.</translation>
    </message>
    <message>
        <source>The team key is kept in the protected caseload.</source>
        <translation>La clave del equipo se guarda en la cartera protegida.</translation>
    </message>
    <message>
        <source>This computer has no keyring and the caseload has no passphrase, so the team key is not kept: give the key file each time you sync.</source>
        <translation>Esta computadora no tiene llavero del sistema y la cartera no tiene frase de contraseña, así que la clave del equipo no se guarda: indique el archivo de clave cada vez que sincronice.</translation>
    </message>
    <message>
        <source>This computer does not keep the team key: give the key file (--key-file).</source>
        <translation>Esta computadora no guarda la clave del equipo: indique el archivo de clave (--key-file).</translation>
    </message>
    <message>
        <source>a computer</source>
        <translation>una computadora</translation>
    </message>
    <message>
        <source>“{character}” cannot be in a recovery phrase (group {group}): check that group against the paper.</source>
        <extracomment>The first byte of every sealed value: which construction sealed it, so it can change later. Crockford&apos;s base32: no I, L, O or U, so a handwritten phrase has no look-alike letters. 256 key bits and 4 bits that stay zero fill 52 characters; 3 more carry the checksum. What a reader takes for each character: either case, and the look-alikes of 0 and 1. Dashes a word processor may have put in place of the ones carebook printed. A key file is a few lines; anything much bigger is some other file chosen by mistake. Each data character&apos;s column (its first entry is 1): every pair (a, b) differs, and so do neighbours&apos; a and b, so two swapped neighbours never pass for one changed check character.</extracomment>
        <translation>“{character}” no puede formar parte de una frase de recuperación (grupo {group}): compare ese grupo con el papel.</translation>
    </message>
    <message>
        <source>A recovery phrase has {groups} groups of {size} characters; this one has {count} characters. Check for a missing or repeated group.</source>
        <translation>Una frase de recuperación tiene {groups} grupos de {size} caracteres; esta tiene {count} caracteres. Revise si falta un grupo o si hay uno repetido.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery phrase has a typo: check it against the paper.</source>
        <translation>El grupo {group} de la frase de recuperación tiene un error: compárelo con el papel.</translation>
    </message>
    <message>
        <source>The recovery phrase has a typo, most likely in group {first} or group {second}: check them against the paper.</source>
        <translation>La frase de recuperación tiene un error, probablemente en el grupo {first} o en el grupo {second}: compárelos con el papel.</translation>
    </message>
    <message>
        <source>The recovery phrase has a typo: check each group against the paper.</source>
        <translation>La frase de recuperación tiene un error: compare cada grupo con el papel.</translation>
    </message>
    <message>
        <source>carebook team key</source>
        <translation>clave del equipo de carebook</translation>
    </message>
    <message>
        <source>Anyone holding this file can read everything your team shares.</source>
        <translation>Cualquier persona que tenga este archivo puede leer todo lo que comparte su equipo.</translation>
    </message>
    <message>
        <source>Keep it safe and private, like the paper with the recovery phrase.</source>
        <translation>Guárdelo en un lugar seguro y privado, igual que el papel con la frase de recuperación.</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Servidor central: {hub}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Huella digital: {fingerprint}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place for the key file.</source>
        <translation>La carpeta {folder} no existe: elija otro lugar para el archivo de clave.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({reason}): choose another folder.</source>
        <translation>No se pudo escribir el archivo de clave {path} ({reason}): elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is no key file at {path}: check the name, or ask a teammate for the recovery phrase.</source>
        <translation>No hay ningún archivo de clave en {path}: revise el nombre o pida la frase de recuperación a un compañero de equipo.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the key file inside it.</source>
        <translation>{path} es una carpeta: elija el archivo de clave que está dentro de ella.</translation>
    </message>
    <message>
        <source>The key file {path} could not be read ({reason}): check that you may open it.</source>
        <translation>No se pudo leer el archivo de clave {path} ({reason}): verifique que tenga permiso para abrirlo.</translation>
    </message>
    <message>
        <source>{path} is not a carebook key file: choose the file carebook wrote, or type the recovery phrase instead.</source>
        <translation>{path} no es un archivo de clave de carebook: elija el archivo que escribió carebook o, en su lugar, escriba la frase de recuperación.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {reason}</source>
        <translation>El archivo de clave {path} está dañado: {reason}</translation>
    </message>
    <message>
        <source>A shared value is cut short and cannot be opened.</source>
        <translation>Un valor compartido está incompleto y no se puede abrir.</translation>
    </message>
    <message>
        <source>A shared value was sealed by a newer carebook: update carebook to open it.</source>
        <translation>Un valor compartido fue sellado por una versión más reciente de carebook: actualice carebook para abrirlo.</translation>
    </message>
    <message>
        <source>A shared value does not open with this computer&apos;s team key: the key is another team&apos;s, or the value was altered.</source>
        <translation>Un valor compartido no se abre con la clave del equipo de esta computadora: la clave es de otro equipo o el valor fue alterado.</translation>
    </message>
    <message>
        <source>Deleted on another computer, changed here</source>
        <translation>Eliminado en otra computadora, cambiado aquí</translation>
    </message>
    <message>
        <source>Deleted here, changed on another computer</source>
        <translation>Eliminado aquí, cambiado en otra computadora</translation>
    </message>
    <message>
        <source>Changed on both computers</source>
        <translation>Cambiado en ambas computadoras</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>({count} bytes)</source>
        <translation>({count} bytes)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué sucedió</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>No conflicts: every computer agrees.</source>
        <translation>No hay conflictos: todas las computadoras coinciden.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>The value on this computer</source>
        <translation>El valor en esta computadora</translation>
    </message>
    <message>
        <source>The value on the other computer</source>
        <translation>El valor en la otra computadora</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar lo &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar lo de la &amp;otra computadora</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The other computer</source>
        <translation>La otra computadora</translation>
    </message>
    <message>
        <source>The other computer (device {device})</source>
        <translation>La otra computadora (dispositivo {device})</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s {field} of the {record}</source>
        <translation>Conservar el campo {field} del registro {record} de esta computadora</translation>
    </message>
    <message>
        <source>Keep the other computer&apos;s {field} of the {record}</source>
        <translation>Conservar el campo {field} del registro {record} de la otra computadora</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Computer</source>
        <extracomment>Role giving a row&apos;s device id (what &quot;Remove device&quot; acts on).</extracomment>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>The 11 groups of the recovery phrase, as written on the paper</source>
        <translation>Los 11 grupos de la frase de recuperación, tal como están escritos en el papel</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>or the key file carebook saved</source>
        <translation>o el archivo de clave que guardó carebook</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation>Elegir &amp;archivo de clave…</translation>
    </message>
    <message>
        <source>Recovery p&amp;hrase:</source>
        <translation>&amp;Frase de recuperación:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Type or paste the team&apos;s recovery phrase, or choose its key file.</source>
        <translation>Escriba o pegue la frase de recuperación del equipo, o elija su archivo de clave.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s key file</source>
        <translation>Elija el archivo de clave del equipo</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Team key</source>
        <translation>Clave del equipo</translation>
    </message>
    <message>
        <source>This computer does not keep the team key. Give the recovery phrase from the paper, or the key file.</source>
        <translation>Esta computadora no guarda la clave del equipo. Ingrese la frase de recuperación que anotó en papel, o el archivo de clave.</translation>
    </message>
    <message>
        <source>This is the team key&apos;s recovery phrase. It is shown only now: write it on paper or save it as a key file, and keep it safe. Another computer joins the team with it; anyone holding it can read everything the team shares.</source>
        <translation>Esta es la frase de recuperación de la clave del equipo. Solo se muestra ahora: escríbala en papel o guárdela como archivo de clave, y guárdela en un lugar seguro. Con ella, otra computadora se une al equipo; cualquier persona que la tenga puede leer todo lo que comparte el equipo.</translation>
    </message>
    <message>
        <source>&amp;Save key file…</source>
        <translation>&amp;Guardar archivo de clave…</translation>
    </message>
    <message>
        <source>I have &amp;written the phrase down or saved the file</source>
        <translation>Ya &amp;anoté la frase o guardé el archivo</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Another computer joins the team with this recovery phrase, by reading its QR code, or with the key file. Anyone holding it can read everything the team shares: show it only to a teammate, and close this window when done.</source>
        <translation>Otra computadora se une al equipo con esta frase de recuperación, leyendo su código QR o con el archivo de clave. Quien la tenga puede leer todo lo que comparte el equipo: muéstrela solo a un compañero de equipo y cierre esta ventana al terminar.</translation>
    </message>
    <message>
        <source>That key is not this team&apos;s (its fingerprint is {given}, the team&apos;s is {team}). Check the phrase or the file.</source>
        <translation>Esa clave no es la de este equipo (su huella es {given}; la del equipo, {team}). Revise la frase o el archivo.</translation>
    </message>
    <message>
        <source>Save the team key file</source>
        <translation>Guardar el archivo de clave del equipo</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation>Archivos de clave (*.key)</translation>
    </message>
    <message>
        <source>The key file is saved as {path}.</source>
        <translation>El archivo de clave se guardó como {path}.</translation>
    </message>
    <message>
        <source>The caseload file could not be read or written; carebook will try again.</source>
        <extracomment>How long after the window is shown the first sync starts: the window paints first. How long closing waits for a last sync before the window closes regardless. Syncs still running when their window closed: kept referenced until they end, since a thread object taken away while its thread runs takes the whole program down. Set from the window&apos;s thread: the sync stops between two batches.</extracomment>
        <translation>No se pudo leer ni escribir el archivo de la cartera; carebook volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The sync stopped; carebook will try again.</source>
        <translation>La sincronización se detuvo; carebook volverá a intentarlo.</translation>
    </message>
    <message>
        <source>That is not this team&apos;s key; nothing was sent.</source>
        <extracomment>What the running sync has done so far (&quot;Sent 2000 changes&quot;). The SyncOutcome of a sync that ended (or could not start: no team key). The team key given by hand this run, kept in memory only. The hub password typed this run (no keyring, no protected caseload), in memory only. How the last sync of this run went (None before the first).</extracomment>
        <translation>Esa no es la clave de este equipo; no se envió nada.</translation>
    </message>
    <message>
        <source>the team key is needed (press F9)</source>
        <translation>se necesita la clave del equipo (presione F9)</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Contraseña del servidor central</translation>
    </message>
    <message>
        <source>The password for the hub at {hub}:</source>
        <translation>La contraseña del servidor central en {hub}:</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How often the &quot;ago&quot; is brought up to date.</extracomment>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>hace {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>hace {hours} h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} cambios pendientes</translation>
    </message>
    <message>
        <source>when carebook starts and closes, and on F9 (Edit → Preferences… to change)</source>
        <translation>al abrirse y al cerrarse carebook, y con F9 (Editar → Preferencias… para cambiarlo)</translation>
    </message>
    <message>
        <source>every minute, when carebook starts and closes (Edit → Preferences… to change)</source>
        <translation>cada minuto, al abrirse y al cerrarse carebook (Editar → Preferencias… para cambiarlo)</translation>
    </message>
    <message>
        <source>every {count} minutes, when carebook starts and closes (Edit → Preferences… to change)</source>
        <translation>cada {count} minutos, al abrirse y al cerrarse carebook (Editar → Preferencias… para cambiarlo)</translation>
    </message>
    <message>
        <source>1 conflict to settle</source>
        <translation>1 conflicto por resolver</translation>
    </message>
    <message>
        <source>{count} conflicts to settle</source>
        <translation>{count} conflictos por resolver</translation>
    </message>
    <message>
        <source>Syncing… {progress}</source>
        <translation>Sincronizando… {progress}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Can&apos;t reach the hub: {why}</source>
        <translation>No se puede conectar con el servidor central: {why}</translation>
    </message>
    <message>
        <source>Sync stopped: {why}</source>
        <translation>La sincronización se detuvo: {why}</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Team sync</source>
        <extracomment>The &quot;2 conflicts to settle&quot; link was chosen. The TeamStatus just read, for what else follows it (the menus&apos; Sync now, Conflicts…).</extracomment>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Settle the conflicts (File → Conflicts…)</source>
        <translation>Resuelva los conflictos (Archivo → Conflictos…)</translation>
    </message>
    <message>
        <source>&amp;Make a team</source>
        <translation>&amp;Crear un equipo</translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation>&amp;Unirse a un equipo</translation>
    </message>
    <message>
        <source>if the address does not name it</source>
        <translation>si la dirección no lo indica</translation>
    </message>
    <message>
        <source>the hub&apos;s database name if empty</source>
        <translation>el nombre de la base de datos del servidor central, si se deja vacío</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del servidor central:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Nombre del &amp;equipo:</translation>
    </message>
    <message>
        <source>Make the &amp;team</source>
        <translation>Crear el equ&amp;ipo</translation>
    </message>
    <message>
        <source>Join the &amp;team</source>
        <translation>Unirse al equ&amp;ipo</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, as your team&apos;s admin gave it.</source>
        <translation>Escriba la dirección del servidor central tal como se la dio el administrador de su equipo.</translation>
    </message>
    <message>
        <source>This caseload is in the team {team}; {waiting} records wait to be sent.</source>
        <translation>Esta cartera está en el equipo {team}; {waiting} registros esperan ser enviados.</translation>
    </message>
    <message>
        <source>Write the recovery phrase down or save the key file, then tick the box: it will not be shown again.</source>
        <translation>Anote la frase de recuperación o guarde el archivo de clave y luego marque la casilla: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Servidor central:</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Esta computadora:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Pendientes:</translation>
    </message>
    <message>
        <source>Syncs:</source>
        <translation>Sincroniza:</translation>
    </message>
    <message>
        <source>The team&apos;s computers</source>
        <translation>Las computadoras del equipo</translation>
    </message>
    <message>
        <source>Computers &amp;in the team:</source>
        <translation>Computadoras &amp;en el equipo:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Rem&amp;ove device…</source>
        <translation>&amp;Quitar dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>&amp;Salir del equipo…</translation>
    </message>
    <message>
        <source>Show team k&amp;ey…</source>
        <translation>Mostrar la cla&amp;ve del equipo…</translation>
    </message>
    <message>
        <source>Asking the hub for the team&apos;s computers…</source>
        <translation>Consultando al servidor central las computadoras del equipo…</translation>
    </message>
    <message>
        <source>{when}; the last sync stopped: {trouble}</source>
        <translation>{when}; la última sincronización se detuvo: {trouble}</translation>
    </message>
    <message>
        <source>The hub did not list the team&apos;s computers: {reason}</source>
        <translation>El servidor central no mostró las computadoras del equipo: {reason}</translation>
    </message>
    <message>
        <source>Remove {name} from the team? The hub gives it nothing more; what it already holds stays on it.</source>
        <translation>¿Quitar {name} del equipo? El servidor central ya no le enviará nada; lo que ya tiene se queda en él.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Quitar dispositivo</translation>
    </message>
    <message>
        <source>Leave the team {team}? This caseload keeps every record; it stops sending and receiving changes. You can join again later with the team key.</source>
        <translation>¿Salir del equipo {team}? Esta cartera conserva todos sus registros; deja de enviar y recibir cambios. Puede volver a unirse más tarde con la clave del equipo.</translation>
    </message>
    <message>
        <source>1 change made here has not been sent yet: the team will never get it. Sync first (F9) to send it.</source>
        <translation>1 cambio hecho aquí aún no se ha enviado: el equipo nunca lo recibirá. Sincronice primero (F9) para enviarlo.</translation>
    </message>
    <message>
        <source>{count} changes made here have not been sent yet: the team will never get them. Sync first (F9) to send them.</source>
        <translation>{count} cambios hechos aquí aún no se han enviado: el equipo nunca los recibirá. Sincronice primero (F9) para enviarlos.</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Salir del equipo</translation>
    </message>
    <message>
        <source>This caseload left the team; it keeps every record.</source>
        <translation>Esta cartera salió del equipo; conserva todos sus registros.</translation>
    </message>
    <message>
        <source>The recovery phrase as a QR code</source>
        <extracomment>The quiet zone around the code the standard asks for, in modules.</extracomment>
        <translation>La frase de recuperación como código QR</translation>
    </message>
    <message>
        <source>A phone or another computer&apos;s camera reads the phrase from it</source>
        <translation>La cámara de un teléfono o de otra computadora lee la frase en él</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>name</source>
        <extracomment>The clinical fields (those a conflict can be about) in words, translated where shown.</extracomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>concentración</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>route</source>
        <translation>vía</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>most a day</source>
        <translation>máximo al día</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>substance</source>
        <translation>sustancia</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reacción</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>criticidad</translation>
    </message>
    <message>
        <source>noted on</source>
        <translation>anotada el</translation>
    </message>
    <message>
        <source>allergy statement</source>
        <translation>declaración de alergias</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>measure&apos;s target</source>
        <translation>meta de la medida</translation>
    </message>
    <message>
        <source>target is a most</source>
        <translation>la meta es un máximo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>firmado el</translation>
    </message>
    <message>
        <source>review on</source>
        <translation>revisar el</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>TabSpec</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>No entry matches “{search}”</source>
        <translation>Ninguna entrada coincide con “{search}”</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Undone or redone</source>
        <translation>Deshechos o rehechos</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresos</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportados</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Search the record kind, action or number  (Ctrl+F)</source>
        <translation>Buscar tipo de registro, acción o número  (Ctrl+F)</translation>
    </message>
    <message>
        <source>A patient&apos;s name, phone, MRN or postcode is found by any three letters or more of it; one or two letters find the start of a word.</source>
        <extracomment>How a patient is found by a list&apos;s search (the search index holds three-letter pieces).</extracomment>
        <translation>El nombre, teléfono, MRN o código postal de un paciente se encuentra con tres letras o más de cualquier parte; una o dos letras encuentran el inicio de una palabra.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>No patient matches “{search}”</source>
        <translation>Ningún paciente coincide con “{search}”</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacientes</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>Active and on hold</source>
        <translation>Activos y en pausa</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dados de alta</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search name, phone, MRN or postcode  (Ctrl+F)</source>
        <translation>Buscar nombre, teléfono, MRN o código postal  (Ctrl+F)</translation>
    </message>
    <message>
        <source>A patient&apos;s name, phone, MRN or postcode is found by any three letters or more of it; one or two letters find the start of a word, and one letter the family names beginning with it.</source>
        <translation>El nombre, teléfono, MRN o código postal de un paciente se encuentra con tres letras o más de cualquier parte; una o dos letras encuentran el inicio de una palabra, y una letra los apellidos que empiezan por ella.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>No medication matches “{search}”</source>
        <translation>Ningún medicamento coincide con “{search}”</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>1 medication</source>
        <translation>1 medicamento</translation>
    </message>
    <message>
        <source>{count} medications</source>
        <translation>{count} medicamentos</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuales</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendidos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Search drug, indication or patient  (Ctrl+F)</source>
        <translation>Buscar medicamento, indicación o paciente  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Appoi&amp;ntments</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>No appointment matches “{search}”</source>
        <translation>Ninguna cita coincide con “{search}”</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Cancelled or no-show</source>
        <translation>Canceladas o inasistencias</translation>
    </message>
    <message>
        <source>Search patient, purpose or with whom  (Ctrl+F)</source>
        <translation>Buscar paciente, motivo o con quién  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>No task matches “{search}”</source>
        <translation>Ninguna tarea coincide con “{search}”</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} tareas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Search task or patient  (Ctrl+F)</source>
        <translation>Buscar tarea o paciente  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation>Di&amp;rectorio</translation>
    </message>
    <message>
        <source>No contact matches “{search}”</source>
        <translation>Ningún contacto coincide con “{search}”</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>Community resources and agencies</source>
        <translation>Recursos comunitarios y agencias</translation>
    </message>
    <message>
        <source>Physicians, nurses and therapists</source>
        <translation>Médicos, enfermeras y terapeutas</translation>
    </message>
    <message>
        <source>Pharmacies</source>
        <translation>Farmacias</translation>
    </message>
    <message>
        <source>Family and carers</source>
        <translation>Familia y cuidadores</translation>
    </message>
    <message>
        <source>Search name, organisation, services or phone  (Ctrl+F)</source>
        <translation>Buscar nombre, organización, servicios o teléfono  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TableLook</name>
    <message>
        <source>Columns (Shift+F10 to choose)</source>
        <translation>Columnas (Shift+F10 para elegir)</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>the task “{title}”</source>
        <translation>la tarea “{title}”</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Marcar tarea como hecha</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Reabrir tarea</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
</context>
<context>
    <name>TaskPriority</name>
    <message>
        <source>Routine</source>
        <translation>Rutinaria</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>ASAP</source>
        <translation>Lo antes posible</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TimeEntries</name>
    <message>
        <source>There is an activity called {name} already.</source>
        <translation>Ya existe una actividad llamada {name}.</translation>
    </message>
    <message>
        <source>This time is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este tiempo está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>This trip is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este trayecto está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>This expense is billed on invoice {number}, which has been issued; void invoice {number} to change it.</source>
        <translation>Este gasto está en la factura {number}, que ya se emitió; anule la factura {number} para cambiarlo.</translation>
    </message>
    <message>
        <source>A timer has been running since {time}; stop it first.</source>
        <translation>Hay un cronómetro en marcha desde las {time}; deténgalo primero.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún cronómetro en marcha.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>No client (the practice&apos;s own work)</source>
        <translation>Sin cliente (trabajo propio de la consulta)</translation>
    </message>
    <message>
        <source>{who} · from {when}</source>
        <translation>{who} · desde {when}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>What the invoice says, e.g. Visit and med review</source>
        <translation>Lo que dice la factura, p. ej., Visita y revisión de medicamentos</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Keep time</source>
        <translation>&amp;Guardar el tiempo</translation>
    </message>
    <message>
        <source>&amp;Discard timer</source>
        <translation>Descartar &amp;cronómetro</translation>
    </message>
    <message>
        <source>Keep this time?</source>
        <translation>¿Guardar este tiempo?</translation>
    </message>
    <message>
        <source>Keep it anyway?</source>
        <translation>¿Guardarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Schedule</source>
        <extracomment>A visit is moved in steps of this many minutes, by keys or by dragging. A visit&apos;s key across reloads: its appointment and which visit of the series it is.</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>+%s more</source>
        <extracomment>The trips before the stops, each a strip from the end of the stop before as long as the trip takes, merged where they meet (plain, then too tight); and in a day view the words in the gaps with room for them: (gap, too tight, minutes).</extracomment>
        <translation>+%s más</translation>
    </message>
    <message>
        <source>%s min travel</source>
        <translation>%s min de traslado</translation>
    </message>
    <message>
        <source>⚠ %s min travel: too tight</source>
        <translation>⚠ %s min de traslado: demasiado justo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>No client</source>
        <extracomment>When a day&apos;s work ends, for a timer left running overnight with no visit later that day.</extracomment>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation>Coordinación de cuidados</translation>
    </message>
    <message>
        <source>A timer is running</source>
        <translation>Hay un cronómetro en marcha</translation>
    </message>
    <message>
        <source>The timer for {client} has been running since {time}. Stop it first (Ctrl+Shift+T).</source>
        <translation>El cronómetro de {client} está en marcha desde las {time}. Deténgalo primero (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener cronómetro</translation>
    </message>
    <message>
        <source>This timer was left running since %s. How long did the work really take? The minutes are until the end of that day&apos;s work; correct them, or discard the timer.</source>
        <translation>Este cronómetro quedó en marcha desde %s. ¿Cuánto duró realmente el trabajo? Los minutos cuentan hasta el final de la jornada de ese día; corríjalos o descarte el cronómetro.</translation>
    </message>
    <message>
        <source>Timer left running</source>
        <translation>Cronómetro que quedó en marcha</translation>
    </message>
    <message>
        <source>Discard timer</source>
        <translation>Descartar cronómetro</translation>
    </message>
    <message>
        <source>The timer for %s is still running, so this visit is not being timed. Stop it (Ctrl+Shift+T), or keep the visit&apos;s time at check-out.</source>
        <translation>El cronómetro de %s sigue en marcha, así que esta visita no se está cronometrando. Deténgalo (Ctrl+Shift+T) o guarde el tiempo de la visita al registrar la salida.</translation>
    </message>
    <message>
        <source>Start timer at check-in</source>
        <translation>Iniciar el cronómetro al registrar la llegada</translation>
    </message>
    <message>
        <source>Checked out: keep the visit&apos;s time</source>
        <translation>Salida registrada: guardar el tiempo de la visita</translation>
    </message>
    <message>
        <source>Keep visit time</source>
        <translation>Guardar tiempo de la visita</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Running timer</source>
        <extracomment>The kinds whose change can change what the timer shows (her name).</extracomment>
        <translation>Cronómetro en marcha</translation>
    </message>
    <message>
        <source>Running since %s. Click to stop it and keep the time (Ctrl+Shift+T).</source>
        <translation>En marcha desde %s. Haga clic para detenerlo y guardar el tiempo (Ctrl+Shift+T).</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>{weekday} {day} {month}</source>
        <extracomment>The day whose visits are shown: today, the next day with visits when today has none, or None when no visit is booked from today on. The practice&apos;s unbilled time, None when there is none; invoices overdue; the currency.</extracomment>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>No visits today, and none booked ahead.</source>
        <translation>No hay visitas hoy ni programadas más adelante.</translation>
    </message>
    <message>
        <source>No visits today. Next visits: {day}</source>
        <translation>No hay visitas hoy. Próximas visitas: {day}</translation>
    </message>
    <message>
        <source>Today&apos;s visits ({count:,})</source>
        <translation>Visitas de hoy ({count:,})</translation>
    </message>
    <message>
        <source>  ✓ Done</source>
        <extracomment>What a visit&apos;s line ends with once it is no longer booked.</extracomment>
        <translation>  ✓ Hecha</translation>
    </message>
    <message>
        <source>  ✗ No-show</source>
        <translation>  ✗ No se presentó</translation>
    </message>
    <message>
        <source>  Cancelled</source>
        <translation>  Cancelada</translation>
    </message>
    <message>
        <source>  ⚠ Overlaps {time} {patient} and {more} more</source>
        <translation>  ⚠ Se superpone con {time} {patient} y {more} más</translation>
    </message>
    <message>
        <source>  ⚠ Overlaps {time} {patient}</source>
        <translation>  ⚠ Se superpone con {time} {patient}</translation>
    </message>
    <message>
        <source>{task} ({patient})</source>
        <translation>{task} ({patient})</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>atrasada desde el {day}</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>vence a las {time}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a day of the month and its short name</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Medication review</source>
        <extracomment>A review&apos;s heading by what is reviewed.</extracomment>
        <translation>Revisión de medicamentos</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Revisión de objetivos</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>Revisión del plan de cuidados</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Revisión de documentos</translation>
    </message>
    <message>
        <source>Medication</source>
        <extracomment>What is reviewed, to tell a plan still called &quot;Care plan&quot; from one with its own title.</extracomment>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>{kind} review</source>
        <translation>Revisión de {kind}</translation>
    </message>
    <message>
        <source>{review} ({patient}) · overdue since {day}</source>
        <translation>{review} ({patient}) · atrasada desde el {day}</translation>
    </message>
    <message>
        <source>{review} ({patient}) · due {day}</source>
        <translation>{review} ({patient}) · vence el {day}</translation>
    </message>
    <message>
        <source>{review}: {what} ({patient}) · overdue since {day}</source>
        <translation>{review}: {what} ({patient}) · atrasada desde el {day}</translation>
    </message>
    <message>
        <source>{review}: {what} ({patient}) · due {day}</source>
        <translation>{review}: {what} ({patient}) · vence el {day}</translation>
    </message>
    <message>
        <source>{patient}: 1 medication warning</source>
        <translation>{patient}: 1 advertencia de medicamentos</translation>
    </message>
    <message>
        <source>{patient}: {count} medication warnings</source>
        <translation>{patient}: {count} advertencias de medicamentos</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours:,} h {minutes} min</source>
        <translation>{hours:,} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours:,} h</source>
        <translation>{hours:,} h</translation>
    </message>
    <message>
        <source>Unbilled: {time}, {amount} across 1 client</source>
        <translation>Sin facturar: {time}, {amount} de 1 cliente</translation>
    </message>
    <message>
        <source>Unbilled: {time}, {amount} across {count:,} clients</source>
        <translation>Sin facturar: {time}, {amount} de {count:,} clientes</translation>
    </message>
    <message>
        <source>Invoice {number} · {client} · 1 day overdue · {balance}</source>
        <translation>Factura {number} · {client} · 1 día de atraso · {balance}</translation>
    </message>
    <message>
        <source>Invoice {number} · {client} · {days:,} days overdue · {balance}</source>
        <translation>Factura {number} · {client} · {days:,} días de atraso · {balance}</translation>
    </message>
    <message>
        <source>No visits today</source>
        <translation>No hay visitas hoy</translation>
    </message>
    <message>
        <source>1 visit today</source>
        <translation>1 visita hoy</translation>
    </message>
    <message>
        <source>{count:,} visits today</source>
        <translation>{count:,} visitas hoy</translation>
    </message>
    <message>
        <source>1 review due</source>
        <translation>1 revisión pendiente</translation>
    </message>
    <message>
        <source>{count:,} reviews due</source>
        <translation>{count:,} revisiones pendientes</translation>
    </message>
    <message>
        <source>1 visit left today</source>
        <translation>queda 1 visita hoy</translation>
    </message>
    <message>
        <source>{count:,} visits left today</source>
        <translation>quedan {count:,} visitas hoy</translation>
    </message>
    <message>
        <source>1 urgent</source>
        <translation>1 urgente</translation>
    </message>
    <message>
        <source>{count:,} urgent</source>
        <translation>{count:,} urgentes</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 atrasada</translation>
    </message>
    <message>
        <source>{count:,} overdue</source>
        <translation>{count:,} atrasadas</translation>
    </message>
    <message>
        <source>Visit at {time}</source>
        <translation>Visita a las {time}</translation>
    </message>
    <message>
        <source>Task due at {time}</source>
        <translation>Tarea que vence a las {time}</translation>
    </message>
    <message>
        <source>carebook reminder</source>
        <translation>Recordatorio de carebook</translation>
    </message>
    <message>
        <source>carebook has no backup of this caseload yet. Choose Back up now.</source>
        <translation>carebook todavía no tiene ninguna copia de seguridad de esta cartera. Elija Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>The newest backup of this caseload is more than a day old. Choose Back up now.</source>
        <translation>La copia de seguridad más reciente de esta cartera tiene más de un día. Elija Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>carebook backup</source>
        <translation>Copia de seguridad de carebook</translation>
    </message>
    <message>
        <source>… and %s more in the Agenda</source>
        <translation>… y %s más en la Agenda</translation>
    </message>
    <message>
        <source>Needs doing ({total}: {counts})</source>
        <translation>Por hacer ({total}: {counts})</translation>
    </message>
    <message>
        <source>Nothing due today or overdue.</source>
        <translation>Nada vence hoy ni está atrasado.</translation>
    </message>
    <message>
        <source>… and %s more in the Tasks list</source>
        <translation>… y %s más en la lista de Tareas</translation>
    </message>
    <message>
        <source>Reviews due (%s)</source>
        <translation>Revisiones pendientes (%s)</translation>
    </message>
    <message>
        <source>No medication, goal or care-plan reviews due.</source>
        <translation>No hay revisiones pendientes de medicamentos, objetivos ni planes de cuidados.</translation>
    </message>
    <message>
        <source>Medication warnings for the patients of these visits</source>
        <translation>Advertencias de medicamentos para los pacientes de estas visitas</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>⚠ %s — press Return to back up now</source>
        <translation>⚠ %s — pulse Return para hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>File → Back up now</source>
        <translation>Archivo → Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Press Return to open the Billing tab and draft invoices</source>
        <translation>Pulse Return para abrir la pestaña Facturación y preparar borradores de facturas</translation>
    </message>
    <message>
        <source>Press Return to open the invoice in the Billing tab</source>
        <translation>Pulse Return para abrir la factura en la pestaña Facturación</translation>
    </message>
    <message>
        <source>Sync conflicts to settle</source>
        <translation>Conflictos de sincronización por resolver</translation>
    </message>
    <message>
        <source>Choose which version of each record to keep</source>
        <translation>Elija qué versión de cada registro desea conservar</translation>
    </message>
    <message>
        <source>1 sync conflict to settle</source>
        <translation>1 conflicto de sincronización por resolver</translation>
    </message>
    <message>
        <source>{count} sync conflicts to settle</source>
        <translation>{count} conflictos de sincronización por resolver</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Today</source>
        <extracomment>The backup line was chosen: File → Back up now. A &quot;more in the Agenda&quot; line was chosen, for this day. The &quot;more in the Tasks list&quot; line was chosen. The unbilled line (None) or an overdue invoice (its id) was chosen: the Billing tab. The &quot;sync conflicts to settle&quot; banner was chosen: the Conflicts dialog.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Aún no hay pacientes</translation>
    </message>
    <message>
        <source>Today · {weekday}, {month} {day}, {year}</source>
        <translation>Hoy · {weekday}, {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Today · {weekday} {day} {month} {year}</source>
        <translation>Hoy · {weekday} {day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Your day starts on Today</source>
        <extracomment>QSettings key: the tour has been shown (or skipped) once; Help → Take the tour shows it again.</extracomment>
        <translation>Su día empieza en Hoy</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Today&lt;/b&gt; (Ctrl+1) lists the day&apos;s visits, the tasks that are due, the reviews coming up and every patient whose medicines need a look.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Agenda&lt;/b&gt; (Ctrl+2) shows a day, a week or a month; Alt+Left and Alt+Right go back and forth a day, Ctrl+T comes back to today.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hoy&lt;/b&gt; (Ctrl+1) muestra las visitas del día, las tareas que vencen, las próximas revisiones y todos los pacientes cuyos medicamentos necesitan atención.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;Agenda&lt;/b&gt; (Ctrl+2) muestra un día, una semana o un mes; Alt+Left y Alt+Right retroceden y avanzan un día, Ctrl+T vuelve a hoy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find anyone, write it down as it happens</source>
        <translation>Encuentre a cualquiera y anótelo en el momento</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+K&lt;/b&gt; finds a patient, a contact, a medicine or a note from a few letters. Enter opens the record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; adds a record where you are; &lt;b&gt;F2&lt;/b&gt; edits the one chosen. Every change is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ctrl+K&lt;/b&gt; encuentra un paciente, un contacto, un medicamento o una nota con unas pocas letras. Enter abre el registro.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; agrega un registro donde usted esté; &lt;b&gt;F2&lt;/b&gt; edita el elegido. Cada cambio se guarda al instante y se puede deshacer con Ctrl+Z.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the day and keep the caseload safe</source>
        <translation>Imprima el día y mantenga segura la cartera</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; prints the day&apos;s visit agenda with each patient&apos;s medicines and allergies; Ctrl+Shift+S saves it as a PDF.&lt;/p&gt;&lt;p&gt;carebook backs the caseload up once a day and when you close it; File → Back up now makes one whenever you want. A passphrase (File → Protect with passphrase) keeps the file unreadable to anyone else, and Ctrl+L hides the screen when you step away.&lt;/p&gt;&lt;p&gt;F1 lists every key; Help → User guide explains the rest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; imprime la agenda de visitas del día con los medicamentos y las alergias de cada paciente; Ctrl+Shift+S la guarda como PDF.&lt;/p&gt;&lt;p&gt;carebook hace una copia de seguridad de la cartera una vez al día y cuando usted la cierra; Archivo → Hacer copia de seguridad ahora crea una cuando usted quiera. Una frase de contraseña (Archivo → Proteger con frase de contraseña) impide que cualquier otra persona lea el archivo, y Ctrl+L oculta la pantalla cuando usted se aleja.&lt;/p&gt;&lt;p&gt;F1 muestra todas las teclas; Ayuda → Guía del usuario explica el resto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to carebook</source>
        <translation>Le damos la bienvenida a carebook</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Omitir recorrido</translation>
    </message>
    <message>
        <source>Close the tour; Help → Take the tour shows it</source>
        <translation>Cierra el recorrido; Ayuda → Hacer el recorrido lo vuelve a mostrar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Empezar a trabajar</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Coordinado</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <source>A trip takes {low} to {high} minutes.</source>
        <translation>Un trayecto dura de {low} a {high} minutos.</translation>
    </message>
    <message>
        <source>A trip needs two places, each with an address.</source>
        <translation>Un trayecto necesita dos lugares, cada uno con una dirección.</translation>
    </message>
    <message>
        <source>Both visits are at the same place: there is no trip.</source>
        <translation>Las dos visitas son en el mismo lugar: no hay trayecto.</translation>
    </message>
    <message>
        <source>A visit of the day no longer exists.</source>
        <translation>Una visita del día ya no existe.</translation>
    </message>
</context>
<context>
    <name>TrayWindow</name>
    <message>
        <source>carebook is still running</source>
        <translation>carebook sigue en ejecución</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed. Choose Quit in this icon&apos;s menu, or File → Quit, to end carebook.</source>
        <translation>Los recordatorios siguen llegando mientras la ventana está cerrada. Elija Salir en el menú de este icono, o Archivo → Salir, para cerrar carebook.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>systolic</source>
        <extracomment>The normal range is shaded as a band where all is well (the bands as printed: SEVERITY_COLOURS). Readings beyond which a chart draws its line without a point on each reading. Readings beyond which the line is thin and the points small. A blood pressure&apos;s two lines as printed (LINE_COLOURS); lighter on a dark background, where the printed blue and purple would hardly show. The ring around the reading under the pointer, in pixels across.</extracomment>
        <translation>sistólica</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <extracomment>The index of the reading the pointer or a key came to.</extracomment>
        <translation>Aún no hay lecturas.</translation>
    </message>
    <message>
        <source>Reading under the pointer</source>
        <translation>Lectura bajo el puntero</translation>
    </message>
    <message>
        <source>One reading, on %1: %2.</source>
        <translation>Una lectura, el %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n readings from %1 to %2; latest %3 on %4; lowest %5 on %6, highest %7 on %8.</source>
        <translation>
            <numerusform>%n lectura del %1 al %2; la última, %3, el %4; la más baja, %5, el %6; la más alta, %7, el %8.</numerusform>
            <numerusform>%n lecturas del %1 al %2; la última, %3, el %4; la más baja, %5, el %6; la más alta, %7, el %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The arrow keys step from reading to reading.</source>
        <translation>Las teclas de flecha pasan de una lectura a otra.</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>normal range</source>
        <extracomment>How each severity of a band is shaded (as the window&apos;s chart does). Points per stretch of a line.</extracomment>
        <translation>rango normal</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>sistólica</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <source>Goal {target} by {date}</source>
        <extracomment>Care plans and goals whose targets a chart shows.</extracomment>
        <translation>Objetivo {target} para el {date}</translation>
    </message>
    <message>
        <source>Goal {target}</source>
        <translation>Objetivo {target}</translation>
    </message>
    <message>
        <source>diastolic normal</source>
        <translation>diastólica normal</translation>
    </message>
    <message>
        <source>systolic normal</source>
        <translation>sistólica normal</translation>
    </message>
</context>
<context>
    <name>TripPurpose</name>
    <message>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Charitable</source>
        <translation>Benéfico</translation>
    </message>
</context>
<context>
    <name>Trips</name>
    <message>
        <source>There is a place called {name} already.</source>
        <translation>Ya hay un lugar llamado {name}.</translation>
    </message>
    <message>
        <source>A mileage rate is between 0.000 and 100.000.</source>
        <translation>Una tarifa de millaje está entre 0.000 y 100.000.</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>{what} {text!r} is not a real calendar date: {said}</source>
        <extracomment>How a date is written the local way, for each order of day, month and year.</extracomment>
        <translation>{what} {text!r} no es una fecha real del calendario: {said}</translation>
    </message>
    <message>
        <source>{what} must be written YYYY-MM-DD (2026-03-31) or like {example} (got {text!r})</source>
        <translation>{what} debe escribirse YYYY-MM-DD (2026-03-31) o como {example} (se recibió {text!r})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>{what} must be written HH:MM, e.g. 09:30 (got {text!r})</source>
        <translation>{what} debe escribirse HH:MM, p. ej., 09:30 (se recibió {text!r})</translation>
    </message>
    <message>
        <source>{what} {text} is not a time of day: use 00:00 to 23:59</source>
        <translation>{what} {text} no es una hora del día: use de 00:00 a 23:59</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>{what} must be a number, e.g. 51.5 (got {text!r})</source>
        <translation>{what} debe ser un número, p. ej., 51.5 (se recibió {text!r})</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>carebook user guide</source>
        <extracomment>The guide&apos;s first page, its contents. A link that leads out of the guide was followed, and not opened.</extracomment>
        <translation>Guía del usuario de carebook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>The page before (Alt+Left)</source>
        <translation>La página anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>A&amp;delante ▶</translation>
    </message>
    <message>
        <source>The page after (Alt+Right)</source>
        <translation>La página siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s contents (Home)</source>
        <translation>El contenido de la guía (Home)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the page shown</source>
        <translation>Imprimir la página mostrada</translation>
    </message>
    <message>
        <source>Find on this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The next place found (F3)</source>
        <translation>El siguiente resultado (F3)</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>The place found before (Shift+F3)</source>
        <translation>El resultado anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Only the guide&apos;s own pages open here.</source>
        <translation>Aquí solo se abren las páginas de la propia guía.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <source>Print the guide&apos;s page</source>
        <translation>Imprimir la página de la guía</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The given name</source>
        <extracomment>Free-text fields; every other text field is a one-line field. The invisible marks that reorder text: a right-to-left override makes &quot;Smith&quot; show as &quot;htimS&quot; and a phone number&apos;s digits read in another order than they are dialled. Not kept in a one-line field: line breaks, tabs and other control characters, bidi controls. Not kept in free text, which keeps its line breaks (
, or <byte value="xd"/>
 from a Windows file) and tabs. How a field is named in a message, where its name alone would not say it.</extracomment>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>El apellido</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The other phone number</source>
        <translation>El otro número de teléfono</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The MRN</source>
        <translation>El número de historia clínica (MRN)</translation>
    </message>
    <message>
        <source>The member id</source>
        <translation>El número de afiliado</translation>
    </message>
    <message>
        <source>Who the visit is with</source>
        <translation>Con quién es la visita</translation>
    </message>
    <message>
        <source>The most per day</source>
        <translation>El máximo por día</translation>
    </message>
    <message>
        <source>What it is taken for as needed</source>
        <translation>Para qué se toma según sea necesario</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>La zona horaria</translation>
    </message>
    <message>
        <source>The repeat rule</source>
        <translation>La regla de repetición</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The date noted</source>
        <translation>La fecha en que se anotó</translation>
    </message>
    <message>
        <source>The date it resolved</source>
        <translation>La fecha en que se resolvió</translation>
    </message>
    <message>
        <source>The date it was done</source>
        <translation>La fecha en que se hizo</translation>
    </message>
    <message>
        <source>The date written</source>
        <translation>La fecha en que se escribió</translation>
    </message>
    <message>
        <source>The plan&apos;s start</source>
        <translation>El inicio del plan</translation>
    </message>
    <message>
        <source>The plan&apos;s end</source>
        <translation>El fin del plan</translation>
    </message>
    <message>
        <source>The {field}</source>
        <translation>El campo {field}</translation>
    </message>
    <message>
        <source>This has a character in it that cannot be saved (a NUL or half of one, from a damaged file?); type it again.</source>
        <extracomment>the values of the fields typed plain `str`, in one call those fields, and every other one, each with the most characters it keeps</extracomment>
        <translation>Esto contiene un carácter que no se puede guardar (un NUL o la mitad de uno, ¿de un archivo dañado?); escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>This is {count:,} characters long; at most {limit:,} are kept here. Shorten it, or put the full text in a note.</source>
        <translation>Esto tiene {count:,} caracteres; aquí se guardan como máximo {limit:,}. Acórtelo o ponga el texto completo en una nota.</translation>
    </message>
    <message>
        <source>{name} holds an invisible control character, which can hide or reorder what it says; type it again without it.</source>
        <translation>{name} contiene un carácter de control invisible, que puede ocultar o reordenar lo que dice; escríbalo de nuevo sin él.</translation>
    </message>
    <message>
        <source>{name} holds a line break or an invisible control character; type it on one line.</source>
        <translation>{name} contiene un salto de línea o un carácter de control invisible; escríbalo en una sola línea.</translation>
    </message>
    <message>
        <source>{what} is in the future.</source>
        <translation>{what} está en el futuro.</translation>
    </message>
    <message>
        <source>A patient needs a name: enter a given or family name.</source>
        <translation>Un paciente necesita un nombre: escriba un nombre o un apellido.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Latitude must lie between -90 and 90.</source>
        <translation>La latitud debe estar entre -90 y 90.</translation>
    </message>
    <message>
        <source>Longitude must lie between -180 and 180.</source>
        <translation>La longitud debe estar entre -180 y 180.</translation>
    </message>
    <message>
        <source>An email address needs an @, e.g. name@example.org.</source>
        <translation>Una dirección de correo electrónico necesita una @, p. ej., name@example.org.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Describe the condition.</source>
        <translation>Describa la afección.</translation>
    </message>
    <message>
        <source>The onset date</source>
        <translation>La fecha de aparición</translation>
    </message>
    <message>
        <source>The condition cannot resolve before its onset.</source>
        <translation>La afección no puede resolverse antes de su aparición.</translation>
    </message>
    <message>
        <source>Name the substance the patient is allergic to.</source>
        <translation>Indique la sustancia a la que el paciente es alérgico.</translation>
    </message>
    <message>
        <source>Enter the medication&apos;s name.</source>
        <extracomment>How a dose without a figure may begin: a number in words, or directions given elsewhere, in English or Spanish.</extracomment>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <source>The dose must start with a positive amount, e.g. &quot;1 tablet&quot; or &quot;2.5 ml&quot;; for other doses write &quot;as directed&quot; and put the directions under Instructions.</source>
        <translation>La dosis debe empezar con una cantidad positiva, p. ej., &quot;1 tableta&quot; o &quot;2.5 ml&quot;; para otras dosis escriba &quot;as directed&quot; (según indicaciones) y ponga las indicaciones en Instrucciones.</translation>
    </message>
    <message>
        <source>The most per day must be a positive amount, e.g. &quot;4&quot;.</source>
        <translation>El máximo por día debe ser una cantidad positiva, p. ej., &quot;4&quot;.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>A visit lasts between 1 minute and 24 hours.</source>
        <translation>Una visita dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <source>A time needs a due date too.</source>
        <translation>Una hora también necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Una tarea que se repite necesita una fecha de vencimiento desde la cual repetirse.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>Your name is {count} characters long; at most {name_length} fit the head of a printed page.</source>
        <extracomment>The window locks after 1 to 240 minutes unused: never is not offered, for a laptop full of health information. How often a team&apos;s caseload may sync: from &quot;only when asked&quot; (0) to once a day. The travel between two visits and the reminder&apos;s lead, in minutes (a reminder of 0 is none).</extracomment>
        <translation>Su nombre tiene {count} caracteres; en el encabezado de una página impresa caben como máximo {name_length}.</translation>
    </message>
    <message>
        <source>Your name has a control character in it (a pasted tab or line break?); type it again.</source>
        <translation>Su nombre contiene un carácter de control (¿una tabulación o un salto de línea pegados?); escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Lock after {low} to {high} minutes.</source>
        <translation>Bloquear tras {low} a {high} minutos.</translation>
    </message>
    <message>
        <source>Travel between visits takes {low} to {high} minutes.</source>
        <translation>El traslado entre visitas dura de {low} a {high} minutos.</translation>
    </message>
    <message>
        <source>Keep documents of 1 to 500 MB.</source>
        <translation>El tamaño máximo de los documentos va de 1 a 500 MB.</translation>
    </message>
    <message>
        <source>Remind {low} to {high} minutes before (0 for no reminders).</source>
        <translation>Avisar de {low} a {high} minutos antes (0 para no recibir recordatorios).</translation>
    </message>
    <message>
        <source>Sync every {low} to {high} minutes (0 syncs only when asked).</source>
        <translation>Sincronice cada {low} a {high} minutos (0 sincroniza solo cuando se pide).</translation>
    </message>
    <message>
        <source>{what} is needed.</source>
        <translation>{what} es un dato obligatorio.</translation>
    </message>
    <message>
        <source>A title for the plan (e.g. &apos;Staying safely at home&apos;)</source>
        <translation>Un título para el plan (p. ej., &apos;Seguir en casa con seguridad&apos;)</translation>
    </message>
    <message>
        <source>The plan&apos;s end is before its start.</source>
        <translation>El fin del plan es anterior a su inicio.</translation>
    </message>
    <message>
        <source>The next review is before the plan starts.</source>
        <translation>La próxima revisión es anterior al inicio del plan.</translation>
    </message>
    <message>
        <source>What the problem or need is</source>
        <translation>Cuál es el problema o la necesidad</translation>
    </message>
    <message>
        <source>What the goal is</source>
        <translation>Cuál es el objetivo</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>La fecha de revisión</translation>
    </message>
    <message>
        <source>What came of the review</source>
        <translation>Qué resultó de la revisión</translation>
    </message>
    <message>
        <source>This series repeats without end from {start}: by {horizon} it would hold more than {most_in_a_series:,} visits, the most one series keeps. Start it later, or give it an end (a date or a number of times).</source>
        <translation>Esta serie se repite sin fin desde el {start}: para el {horizon} tendría más de {most_in_a_series:,} visitas, el máximo que guarda una serie. Iníciela más tarde o póngale un final (una fecha o un número de veces).</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <source>List</source>
        <extracomment>The views in the switch&apos;s order. Each view&apos;s key, from any tab of the window.</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Vista diaria</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vista semanal</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vista mensual</translation>
    </message>
    <message>
        <source>Agenda view</source>
        <translation>Vista de agenda</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Overdue, {day}</source>
        <extracomment>What was said when none is listed: not recorded yet, or none known (on purpose).</extracomment>
        <translation>Atrasada, {day}</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
</context>
<context>
    <name>VisitDocumentationDialog</name>
    <message>
        <source>Document visit: %s</source>
        <extracomment>The outcomes offered, in the order a visit goes.</extracomment>
        <translation>Documentar visita: %s</translation>
    </message>
    <message>
        <source>{name} — {what}, {start}–{end}</source>
        <translation>{name} — {what}, {start}–{end}</translation>
    </message>
    <message>
        <source>not yet, e.g. 10:05</source>
        <translation>aún no, p. ej., 10:05</translation>
    </message>
    <message>
        <source>Check in &amp;now</source>
        <translation>Registrar entrada a&amp;hora</translation>
    </message>
    <message>
        <source>not yet, e.g. 10:50</source>
        <translation>aún no, p. ej., 10:50</translation>
    </message>
    <message>
        <source>Check out no&amp;w</source>
        <translation>Registrar salida aho&amp;ra</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>why it was cancelled (needed to cancel)</source>
        <translation>por qué se canceló (necesario para cancelar)</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Nota de visita</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>p. ej., 12.5</translation>
    </message>
    <message>
        <source>&amp;Check-in:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Pla&amp;ntilla:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Mi&amp;les:</source>
        <translation>M&amp;illas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Replace the note?</source>
        <translation>¿Reemplazar la nota?</translation>
    </message>
    <message>
        <source>Replace what you wrote with the template %s?</source>
        <translation>¿Reemplazar lo que escribió con la plantilla %s?</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Document visit</source>
        <translation>Documentar visita</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>Mark done?</source>
        <translation>¿Marcar como hecha?</translation>
    </message>
    <message>
        <source>This visit is %s, not today. Mark it done anyway?</source>
        <translation>Esta visita es %s, no hoy. ¿Marcarla como hecha de todos modos?</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>%s: what you typed is not saved yet. Discard it?</source>
        <translation>%s: lo que escribió aún no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>VisitMenu</name>
    <message>
        <source>V&amp;isit</source>
        <translation>Vi&amp;sita</translation>
    </message>
    <message>
        <source>&amp;Document visit…</source>
        <translation>&amp;Documentar visita…</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark no-&amp;show</source>
        <translation>Marcar «No se &amp;presentó»</translation>
    </message>
    <message>
        <source>&amp;Cancel visit…</source>
        <translation>&amp;Cancelar visita…</translation>
    </message>
    <message>
        <source>&amp;Earlier in the route</source>
        <translation>Adela&amp;ntar en la ruta</translation>
    </message>
    <message>
        <source>&amp;Later in the route</source>
        <translation>&amp;Retrasar en la ruta</translation>
    </message>
    <message>
        <source>&amp;Travel time before this visit…</source>
        <translation>&amp;Tiempo de traslado antes de esta visita…</translation>
    </message>
    <message>
        <source>Mark the selected tas&amp;k done</source>
        <translation>Marcar la tar&amp;ea seleccionada como hecha</translation>
    </message>
</context>
<context>
    <name>VisitRecordNotes</name>
    <message>
        <source>A template needs the visit purpose it is for.</source>
        <extracomment>The fixed templates, always offered first. The per-purpose templates a new caseload starts with; the coordinator edits them.</extracomment>
        <translation>Una plantilla necesita el motivo de visita al que corresponde.</translation>
    </message>
    <message>
        <source>{purpose!r} is a built-in template&apos;s name.</source>
        <translation>{purpose!r} es el nombre de una plantilla integrada.</translation>
    </message>
    <message>
        <source>The template {purpose!r} is too long.</source>
        <translation>La plantilla {purpose!r} es demasiado larga.</translation>
    </message>
</context>
<context>
    <name>VisitRecordRules</name>
    <message>
        <source>The time zone {tz!r} is not one carebook knows.</source>
        <translation>carebook no conoce la zona horaria {tz!r}.</translation>
    </message>
    <message>
        <source>Check-out ({left}) is before check-in ({came}).</source>
        <translation>La salida ({left}) es anterior a la entrada ({came}).</translation>
    </message>
    <message>
        <source>The trip&apos;s miles lie between 0 and 1,000.</source>
        <translation>Las millas del trayecto están entre 0 y 1,000.</translation>
    </message>
    <message>
        <source>Say why the visit was cancelled.</source>
        <translation>Indique por qué se canceló la visita.</translation>
    </message>
    <message>
        <source>{strip!r} is not a number of miles; write it like 12.5.</source>
        <translation>{strip!r} no es un número de millas; escríbalo como 12.5.</translation>
    </message>
    <message>
        <source>Miles are kept to a tenth: {strip} has more decimals.</source>
        <translation>Las millas se guardan con un decimal: {strip} tiene más decimales.</translation>
    </message>
    <message>
        <source>{what} {typed!r} is not a time; write it like 10:05 (or 2026-03-02 10:05).</source>
        <translation>{what} {typed!r} no es una hora; escríbala como 10:05 (o 2026-03-02 10:05).</translation>
    </message>
</context>
<context>
    <name>VisitRecords</name>
    <message>
        <source>That visit is documented already.</source>
        <extracomment>Where the per-purpose note templates live in the caseload&apos;s key-value table (as JSON).</extracomment>
        <translation>Esa visita ya está documentada.</translation>
    </message>
</context>
<context>
    <name>VisitRules</name>
    <message>
        <source>This overlaps your visit {visits} and {more} more.</source>
        <extracomment>Clashing visits named in the question, at most; the others are counted.</extracomment>
        <translation>Esto se superpone con su visita {visits} y {more} más.</translation>
    </message>
    <message>
        <source>This overlaps your visit {visits}.</source>
        <translation>Esto se superpone con su visita {visits}.</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Duplicate therapy</source>
        <translation>Duplicidad terapéutica</translation>
    </message>
    <message>
        <source>Allergy caution</source>
        <translation>Precaución por alergia</translation>
    </message>
    <message>
        <source>Incomplete order</source>
        <translation>Orden incompleta</translation>
    </message>
</context>
<context>
    <name>Whose</name>
    <message>
        <source>{name}, born {day}</source>
        <translation>{name}, nac. {day}</translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Alergias: {list}</translation>
    </message>
</context>
<context>
    <name>WindowBilling</name>
    <message>
        <source>&amp;Billing</source>
        <extracomment>The Billing tab&apos;s keys: Ctrl+1 … Ctrl+7 are Today, the Agenda and the five lists.</extracomment>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>Start or stop the &amp;timer…</source>
        <translation>Iniciar o &amp;detener el cronómetro…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Cronómetro</translation>
    </message>
    <message>
        <source>&amp;Billing preferences…</source>
        <translation>Preferencias de &amp;facturación…</translation>
    </message>
    <message>
        <source>The practice&apos;s name, address and logo, rates, rounding and mileage rates</source>
        <translation>Nombre, dirección y logotipo de la consulta, tarifas, redondeo y tarifas de millaje</translation>
    </message>
    <message>
        <source>New time &amp;entry…</source>
        <translation>Nuevo r&amp;egistro de tiempo…</translation>
    </message>
    <message>
        <source>New t&amp;rip…</source>
        <translation>Nuevo &amp;trayecto…</translation>
    </message>
    <message>
        <source>New e&amp;xpense…</source>
        <translation>Nuevo &amp;gasto…</translation>
    </message>
    <message>
        <source>&amp;Log the day&apos;s trips…</source>
        <translation>&amp;Anotar los trayectos del día…</translation>
    </message>
    <message>
        <source>The Agenda&apos;s day as trips: Home, each visit in route order, Home</source>
        <translation>El día de la Agenda como trayectos: Casa, cada visita en el orden de la ruta, Casa</translation>
    </message>
    <message>
        <source>&amp;Draft invoice…</source>
        <translation>&amp;Borrador de factura…</translation>
    </message>
    <message>
        <source>&amp;Print the chosen invoice…</source>
        <translation>&amp;Imprimir la factura elegida…</translation>
    </message>
    <message>
        <source>Billing rep&amp;orts…</source>
        <translation>Inf&amp;ormes de facturación…</translation>
    </message>
    <message>
        <source>Time, unbilled work, mileage, income, a payer&apos;s statement, aged receivables and the year&apos;s mileage log: previewed, printed, or saved as PDF or CSV</source>
        <translation>Tiempo, trabajo sin facturar, millaje, ingresos, estado de cuenta de un pagador, antigüedad de cuentas por cobrar y registro anual de millaje: en vista previa, impresos o guardados como PDF o CSV</translation>
    </message>
    <message>
        <source>Acti&amp;vities and their rates…</source>
        <translation>Acti&amp;vidades y sus tarifas…</translation>
    </message>
    <message>
        <source>Place&amp;s…</source>
        <translation>&amp;Lugares…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Toda&amp;y</source>
        <extracomment>Closed for good (Quit, or closed with no tray): carebook then quits (see app.py).</extracomment>
        <translation>Ho&amp;y</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>The caseload file: %s</source>
        <translation>El archivo de la cartera: %s</translation>
    </message>
    <message>
        <source>The caseload file</source>
        <translation>El archivo de la cartera</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>⚠ %s — File → Back up now</source>
        <translation>⚠ %s — Archivo → Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>carebook backs the caseload up when it closes and once a day while it runs.</source>
        <translation>carebook hace una copia de seguridad de la cartera al cerrarse y una vez al día mientras está abierto.</translation>
    </message>
</context>
<context>
    <name>WriteAheadLog</name>
    <message>
        <source>The caseload&apos;s write-ahead log (-wal) is damaged after change {readable} of the {total} it holds, so the last {lost} cannot be read.</source>
        <extracomment>Logs larger than this are not read here (SQLite keeps them far smaller).</extracomment>
        <translation>El registro de escritura anticipada (-wal) de la cartera está dañado después del cambio {readable} de los {total} que contiene, así que los últimos {lost} no se pueden leer.</translation>
    </message>
    <message>
        <source>carebook opened it as it stood after change {readable}, but could not keep a copy of the damaged log ({error}).</source>
        <translation>carebook la abrió tal como estaba después del cambio {readable}, pero no pudo guardar una copia del registro dañado ({error}).</translation>
    </message>
    <message>
        <source>carebook opened it as it stood after change {readable}; the damaged log is kept as {copy} beside it, so that nothing in it is lost (a data-recovery specialist may read the rest from it).</source>
        <translation>carebook la abrió tal como estaba después del cambio {readable}; el registro dañado se guarda como {copy} junto a ella, para que no se pierda nada de lo que contiene (un especialista en recuperación de datos puede leer el resto a partir de él).</translation>
    </message>
</context>
<context>
    <name>WritePanel</name>
    <message>
        <source>Records written</source>
        <translation>Registros escritos</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <source>Stop writing and go back to the preview; nothing is imported</source>
        <translation>Dejar de escribir y volver a la vista previa; no se importa nada</translation>
    </message>
    <message>
        <source>Writing %s records… (every one of them, or if you stop, none)</source>
        <translation>Escribiendo %s registros… (todos, o ninguno si se detiene)</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Deteniendo… no se importará nada.</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>Written {done} of {total} records…</source>
        <translation>Escritos {done} de {total} registros…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>A&amp;ppearance</source>
        <extracomment>The choices, as kept in QSettings (a display setting of this computer, never patient data). The style and palette carebook started with, for going back to &quot;as the system&quot;. Greyed text where something cannot be used now. High contrast is black on white, not white on black: it reads best in daylight glare (a laptop in a car or a bright kitchen) and white text on black blurs for the many older eyes with astigmatism. Every text is at least 7:1 (WCAG AAA), greyed text 4.5:1; selection and focus are a deep blue with white text, and the frames black, so both show at a glance. Fusion draws a text field&apos;s frame a shade darker than the window (#b6b6b6 on white, 2:1): in high contrast each gets a black frame (21:1), and the one with the focus a thick blue one. Lists to choose from and date fields keep Fusion&apos;s own look, which draws their arrows.</extracomment>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Not backed up yet</source>
        <extracomment>A backup older than this is warned about; the window takes one itself at this age. How often the window looks at the age of the last backup while it runs.</extracomment>
        <translation>Aún sin copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up just now</source>
        <translation>Copia de seguridad hecha hace un momento</translation>
    </message>
    <message>
        <source>Backed up %d min ago</source>
        <translation>Copia de seguridad hace %d min</translation>
    </message>
    <message>
        <source>Backed up %d h ago</source>
        <translation>Copia de seguridad hace %d h</translation>
    </message>
    <message>
        <source>Last backup yesterday</source>
        <translation>Última copia de seguridad: ayer</translation>
    </message>
    <message>
        <source>Last backup %d days ago</source>
        <translation>Última copia de seguridad hace %d días</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <extracomment>The status bar&apos;s text and whether it is a warning (no good backup for over a day).</extracomment>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <source>The caseload could not be backed up:
%s

Your caseload itself is unchanged.</source>
        <translation>No se pudo hacer la copia de seguridad de la cartera:
%s

La cartera en sí no ha cambiado.</translation>
    </message>
    <message>
        <source>Backed up and checked: {file} ({size})</source>
        <translation>Copia de seguridad hecha y comprobada: {file} ({size})</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the whole caseload with the backup of %s?

What the caseload holds now is backed up first, so this too can be undone by restoring that backup. Changes cannot be undone with Ctrl+Z after a restore.</source>
        <translation>¿Reemplazar toda la cartera con la copia de seguridad del %s?

Antes se hace una copia de seguridad de lo que la cartera contiene ahora, así que esto también se puede deshacer restaurando esa copia. Después de restaurar, los cambios no se pueden deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>The backup could not be restored:
%s

The caseload is as it was.</source>
        <translation>No se pudo restaurar la copia de seguridad:
%s

La cartera sigue como estaba.</translation>
    </message>
    <message>
        <source>Restored the backup of %s</source>
        <translation>Se restauró la copia de seguridad del %s</translation>
    </message>
</context>
<context>
    <name>billing_forms</name>
    <message>
        <source>%s should be a number such as 12.5.</source>
        <translation>%s debe ser un número como 12.5.</translation>
    </message>
    <message>
        <source>%s is kept to one decimal, such as 12.5.</source>
        <translation>%s se guarda con un decimal, como 12.5.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <extracomment>The entry&apos;s fields as the form names them.</extracomment>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <source>Give both the start and the end, or neither (then the minutes).</source>
        <translation>Indique el inicio y el fin, o ninguno de los dos (y entonces los minutos).</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The hourly rate</source>
        <translation>La tarifa por hora</translation>
    </message>
    <message>
        <source>“%s” is not an activity of the list; pick one, or add it under Activities.</source>
        <translation>“%s” no es una actividad de la lista; elija una o agréguela en Actividades.</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Nuevo registro de tiempo</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Editar registro de tiempo</translation>
    </message>
    <message>
        <source>Choose the client to bill.</source>
        <translation>Elija el cliente a facturar.</translation>
    </message>
    <message>
        <source>The period ends on or after its first day.</source>
        <translation>El período debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Borrador de factura</translation>
    </message>
    <message>
        <source>Enter the day it was paid.</source>
        <translation>Escriba el día en que se pagó.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El monto</translation>
    </message>
    <message>
        <source>Say why it is void (kept with the invoice).</source>
        <translation>Indique por qué se anula (se guarda con la factura).</translation>
    </message>
    <message>
        <source>The fixed fee</source>
        <translation>La tarifa fija</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Editar actividad</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <source>The odometer at the start</source>
        <translation>El odómetro al inicio</translation>
    </message>
    <message>
        <source>The odometer at the end</source>
        <translation>El odómetro al final</translation>
    </message>
    <message>
        <source>The distance</source>
        <translation>La distancia</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Nuevo trayecto</translation>
    </message>
    <message>
        <source>Edit trip</source>
        <translation>Editar trayecto</translation>
    </message>
    <message>
        <source>Choose receipt file…</source>
        <translation>Elegir archivo del recibo…</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Elija el recibo</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg *.heic *.webp *.gif)</source>
        <translation>Recibos (*.pdf *.png *.jpg *.jpeg *.heic *.webp *.gif)</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <source>Kept: %s (choose a file to replace it)</source>
        <translation>Guardado: %s (elija un archivo para reemplazarlo)</translation>
    </message>
</context>
<context>
    <name>carebook</name>
    <message>
        <source>carebook cannot open this caseload.

%s</source>
        <extracomment>Exit status of a start refused because another carebook holds the caseload and did not answer.</extracomment>
        <translation>carebook no puede abrir esta cartera.

%s</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>Se guardó {path} ({pages} páginas)</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Se guardó %s</translation>
    </message>
    <message>
        <source>Save {report} as {kind}</source>
        <translation>Guardar {report} como {kind}</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>Archivos {kind} (*{suffix})</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The {report} could not be saved as {path}:
{reason}

Choose another folder, or free some space, and try again.</source>
        <translation>No se pudo guardar {report} como {path}:
{reason}

Elija otra carpeta o libere espacio e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>file_choice</name>
    <message>
        <source>Not saved</source>
        <extracomment>What Qt&apos;s file dialog keeps of the folders it was shown, in its own settings file (QtProject.conf, apart from carebook&apos;s): folder names can be patients&apos; names.</extracomment>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New care plan</source>
        <translation>Nuevo plan de cuidados</translation>
    </message>
    <message>
        <source>Edit care plan</source>
        <translation>Editar plan de cuidados</translation>
    </message>
    <message>
        <source>New problem or need</source>
        <translation>Nuevo problema o necesidad</translation>
    </message>
    <message>
        <source>Edit problem or need</source>
        <translation>Editar problema o necesidad</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nueva intervención</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Editar revisión</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <source>How the measured goals stand:</source>
        <translation>Cómo van los objetivos medidos:</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Nueva afección</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editar afección</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Nueva alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>“{substance}” is not a medicine carebook knows, so its medication checks will not match it. Did you mean “{suggested}”? Choose No to correct it.</source>
        <translation>“{substance}” no es un medicamento que carebook conozca, así que las comprobaciones de medicamentos no lo detectarán. ¿Quiso decir “{suggested}”? Elija No para corregirlo.</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Nuevo medicamento</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Edit this visit</source>
        <translation>Editar esta visita</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>As this computer&apos;s region (%s)</source>
        <translation>Como la región de esta computadora (%s)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <source>not a date</source>
        <extracomment>Rows read to show each column&apos;s first values. Values shown per column. How long looking for the date order may hold the window up, in seconds: on a file too long for that, the check on the next page judges it instead (and comes back here to ask).</extracomment>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>  … and %s more</source>
        <extracomment>Findings of each kind listed one by one at most; the rest are counted.</extracomment>
        <translation>  … y %s más</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d archivos</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 recurso</translation>
    </message>
    <message>
        <source>%s resources</source>
        <translation>%s recursos</translation>
    </message>
    <message>
        <source>Read {files}: {resources} ({kinds}).</source>
        <translation>Lectura de {files}: {resources} ({kinds}).</translation>
    </message>
    <message>
        <source>Read {files}: {resources}.</source>
        <translation>Lectura de {files}: {resources}.</translation>
    </message>
    <message>
        <source>Not kept by carebook, so skipped: %s.</source>
        <translation>No se guardan en carebook, así que se omitieron: %s.</translation>
    </message>
    <message>
        <source>In error, left out:</source>
        <translation>Con errores, excluidos:</translation>
    </message>
    <message>
        <source>In error:</source>
        <translation>Con errores:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Warnings (imported, with what is said left out or read as well as it could be):</source>
        <translation>Advertencias (importados, dejando fuera lo indicado o interpretándolo lo mejor posible):</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;FHIR (*.json *.ndjson *.jsonl *.gz)</source>
        <extracomment>The folder the last import came from, for this run only: never kept in QSettings, since a coordinator may keep a patient&apos;s files in a folder named after them.</extracomment>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx);;FHIR (*.json *.ndjson *.jsonl *.gz)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Medications of patients in the caseload</source>
        <translation>Medicamentos de pacientes de la cartera</translation>
    </message>
    <message>
        <source>Appointments of patients in the caseload</source>
        <translation>Citas de pacientes de la cartera</translation>
    </message>
    <message>
        <source>Tasks (for patients in the caseload, or for no one)</source>
        <translation>Tareas (de pacientes de la cartera o sin paciente)</translation>
    </message>
    <message>
        <source>Allergies of patients in the caseload</source>
        <translation>Alergias de pacientes de la cartera</translation>
    </message>
    <message>
        <source>Conditions (problems, diagnoses) of patients in the caseload</source>
        <translation>Afecciones (problemas, diagnósticos) de pacientes de la cartera</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Rows handed to a view at a time: a file of 100,000 rows costs nothing until scrolled.</extracomment>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Agregar de todos modos</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Fields a linked record&apos;s preview does not show as they are (the link, the parts of a start).</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{name} (born {day})</source>
        <translation>{name} (nac. {day})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Por qué no se puede importar</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Parece</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>patient %d</source>
        <translation>paciente %d</translation>
    </message>
    <message>
        <source>one already in the caseload</source>
        <translation>uno que ya está en la cartera</translation>
    </message>
    <message>
        <source>repeats row %s of this file</source>
        <translation>repite la fila %s de este archivo</translation>
    </message>
    <message>
        <source>What to do with this row</source>
        <translation>Qué hacer con esta fila</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>1 likely duplicate</source>
        <translation>1 probable duplicado</translation>
    </message>
    <message>
        <source>{n} likely duplicates</source>
        <translation>{n} probables duplicados</translation>
    </message>
    <message>
        <source>1 empty field</source>
        <translation>1 campo vacío</translation>
    </message>
    <message>
        <source>{n} empty fields</source>
        <translation>{n} campos vacíos</translation>
    </message>
    <message>
        <source>1 row like a patient already in the caseload</source>
        <translation>1 fila parecida a un paciente que ya está en la cartera</translation>
    </message>
    <message>
        <source>{n} rows like patients already in the caseload</source>
        <translation>{n} filas parecidas a pacientes que ya están en la cartera</translation>
    </message>
    <message>
        <source>1 row like a record already in the caseload</source>
        <translation>1 fila parecida a un registro que ya está en la cartera</translation>
    </message>
    <message>
        <source>{n} rows like records already in the caseload</source>
        <translation>{n} filas parecidas a registros que ya están en la cartera</translation>
    </message>
    <message>
        <source>1 row that repeats an earlier row</source>
        <translation>1 fila que repite una fila anterior</translation>
    </message>
    <message>
        <source>{n} rows that repeat earlier rows</source>
        <translation>{n} filas que repiten filas anteriores</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>{n} pacientes</translation>
    </message>
    <message>
        <source>1 medication</source>
        <translation>1 medicamento</translation>
    </message>
    <message>
        <source>{n} medications</source>
        <translation>{n} medicamentos</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{n} appointments</source>
        <translation>{n} citas</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>{n} tareas</translation>
    </message>
    <message>
        <source>1 allergy</source>
        <translation>1 alergia</translation>
    </message>
    <message>
        <source>{n} allergies</source>
        <translation>{n} alergias</translation>
    </message>
    <message>
        <source>1 condition</source>
        <translation>1 afección</translation>
    </message>
    <message>
        <source>{n} conditions</source>
        <translation>{n} afecciones</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <source>add %s</source>
        <extracomment>Rows imported although they lack what carebook&apos;s form would ask (flagged, not refused). Of those skipped, the rows that repeat an earlier row of the file (the rest are like a record the caseload has).</extracomment>
        <translation>agregar %s</translation>
    </message>
    <message>
        <source>merge %s into the patient each matches (filling only empty fields)</source>
        <translation>combinar %s con el paciente correspondiente (rellenando solo los campos vacíos)</translation>
    </message>
    <message>
        <source>skip %s</source>
        <translation>omitir %s</translation>
    </message>
    <message>
        <source>leave out %s that cannot be imported</source>
        <translation>excluir, por no poder importarse, %s</translation>
    </message>
    <message>
        <source>Import will %s.</source>
        <translation>La importación va a %s.</translation>
    </message>
    <message>
        <source>%s will be imported as incomplete (an as-needed medicine that does not say what it is for): each shows in its patient&apos;s medication warnings.</source>
        <translation>Se importarán como incompletos (medicamentos según sea necesario que no indican para qué se toman): %s. Cada uno aparece en las advertencias de medicamentos de su paciente.</translation>
    </message>
    <message>
        <source>%s added</source>
        <translation>agregados: %s</translation>
    </message>
    <message>
        <source>{duplicates} merged ({fields} filled)</source>
        <translation>combinados: {duplicates} (rellenados: {fields})</translation>
    </message>
    <message>
        <source>%s skipped</source>
        <translation>omitidos: %s</translation>
    </message>
    <message>
        <source>%s that cannot be imported left out</source>
        <translation>excluidos por no poder importarse: %s</translation>
    </message>
    <message>
        <source>%s imported as incomplete</source>
        <translation>importados como incompletos: %s</translation>
    </message>
    <message>
        <source>Imported from {source}: {outcome}.</source>
        <translation>Importación desde {source} — {outcome}.</translation>
    </message>
</context>
<context>
    <name>list_export</name>
    <message>
        <source>Export %s as CSV</source>
        <extracomment>Rows read from the store at a time while exporting (the list itself reads 200).</extracomment>
        <translation>Exportar %s como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>The list could not be written to {path}:
{reason}</source>
        <translation>No se pudo escribir la lista en {path}:
{reason}</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}</source>
        <translation>Se exportaron {rows} filas a {path}</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Open %s</source>
        <translation>Abrir %s</translation>
    </message>
    <message>
        <source>The caseload file is damaged:
{problem}

carebook keeps it aside, untouched, as {file}, so nothing in it is lost.</source>
        <translation>El archivo de la cartera está dañado:
{problem}

carebook lo guarda aparte, intacto, como {file}, así que no se pierde nada de su contenido.</translation>
    </message>
    <message>
        <source>The newest good backup was taken %s. Restore it?</source>
        <translation>La copia de seguridad buena más reciente se hizo %s. ¿Restaurarla?</translation>
    </message>
    <message>
        <source>&amp;Restore that backup</source>
        <translation>&amp;Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia de seguridad buena para restaurar.</translation>
    </message>
    <message>
        <source>Start an &amp;empty caseload</source>
        <translation>Empezar una cartera &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}. The backup is restored.</source>
        <translation>El archivo dañado se guarda como {file}. Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}. A new, empty caseload starts in its place.</source>
        <translation>El archivo dañado se guarda como {file}. En su lugar se empieza una cartera nueva y vacía.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>That is not the passphrase. Try again.</source>
        <translation>Esa no es la frase de contraseña. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation>Proteger con frase de contraseña</translation>
    </message>
    <message>
        <source>The caseload is already protected by a passphrase.</source>
        <translation>La cartera ya está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The caseload and its backups are now protected by the passphrase. Keep it safe: without it, nobody can read them.</source>
        <translation>La cartera y sus copias de seguridad ahora están protegidas con la frase de contraseña. Guárdela en un lugar seguro: sin ella, nadie puede leerlas.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is changed, for the caseload and its backups.</source>
        <translation>Se cambió la frase de contraseña de la cartera y de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Quitar frase de contraseña</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who has this computer (or a copy of the caseload or its backups) can read every patient&apos;s details.

Remove the passphrase?</source>
        <translation>Sin una frase de contraseña, cualquiera que tenga esta computadora (o una copia de la cartera o de sus copias de seguridad) puede leer los datos de todos los pacientes.

¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <source>The passphrase is removed.</source>
        <translation>Se quitó la frase de contraseña.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>The caseload could not be converted, so it is as it was:
%s</source>
        <translation>No se pudo convertir la cartera, así que sigue como estaba:
%s</translation>
    </message>
</context>
<context>
    <name>patient_reports</name>
    <message>
        <source>patient {number}</source>
        <extracomment>How far back the change sheet looks unless the coordinator says otherwise.</extracomment>
        <translation>paciente {number}</translation>
    </message>
    <message>
        <source>care-plan summary of %s</source>
        <translation>resumen del plan de cuidados de %s</translation>
    </message>
    <message>
        <source>Care plan summary</source>
        <translation>Resumen del plan de cuidados</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Notas recientes</translation>
    </message>
    <message>
        <source>Add the patient&apos;s most recent notes</source>
        <translation>Agregar las notas más recientes del paciente</translation>
    </message>
    <message>
        <source>medication list of %s</source>
        <translation>lista de medicamentos de %s</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>measures and assessments of %s</source>
        <translation>medidas y evaluaciones de %s</translation>
    </message>
    <message>
        <source>Measures and assessments</source>
        <translation>Medidas y evaluaciones</translation>
    </message>
    <message>
        <source>medication changes of {name} since {day}</source>
        <translation>cambios de medicamentos de {name} desde el {day}</translation>
    </message>
    <message>
        <source>Medication changes</source>
        <translation>Cambios de medicamentos</translation>
    </message>
    <message>
        <source>Give the day to list changes from.</source>
        <translation>Indique el día desde el que se listan los cambios.</translation>
    </message>
    <message>
        <source>That day has not come yet; choose one up to today.</source>
        <translation>Ese día aún no ha llegado; elija uno hasta hoy.</translation>
    </message>
    <message>
        <source>FHIR record</source>
        <translation>Registro FHIR</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exportar como FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>The FHIR record could not be written to {path}:
{reason}</source>
        <translation>No se pudo escribir el registro FHIR en {path}:
{reason}</translation>
    </message>
    <message>
        <source>Exported as FHIR: %s</source>
        <translation>Exportado como FHIR: %s</translation>
    </message>
</context>
</TS>
