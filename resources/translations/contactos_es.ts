<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Backup</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({detail}); nothing was restored.</source>
        <translation>El archivo {path} está dañado ({detail}); no se restauró nada.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>There is no lead {id}.</source>
        <translation>No existe el prospecto {id}.</translation>
    </message>
    <message>
        <source>Created the representada &apos;{name}&apos;.</source>
        <translation>Se creó la representada «{name}».</translation>
    </message>
    <message>
        <source>Created the source &apos;{name}&apos;.</source>
        <translation>Se creó el origen «{name}».</translation>
    </message>
    <message>
        <source>New leads not yet attended</source>
        <translation>Prospectos nuevos sin atender</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>In limbo (nothing logged for too long)</source>
        <translation>En el limbo (sin seguimiento desde hace demasiado)</translation>
    </message>
    <message>
        <source>Commitments due</source>
        <translation>Compromisos por cumplir</translation>
    </message>
    <message>
        <source>Work queue for {date}</source>
        <translation>Trabajo del día {date}</translation>
    </message>
    <message>
        <source>received {hours} h ago</source>
        <translation>recibido hace {hours} h</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} días de retraso</translation>
    </message>
    <message>
        <source>Pipeline health: {share}% of {open} open leads have a next action ahead.</source>
        <translation>Salud del embudo: el {share}% de {open} prospectos abiertos tiene una siguiente acción por delante.</translation>
    </message>
    <message>
        <source>limbo</source>
        <translation>limbo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Lead {id} won.</source>
        <translation>Prospecto {id} ganado.</translation>
    </message>
    <message>
        <source>Lead {id} lost.</source>
        <translation>Prospecto {id} perdido.</translation>
    </message>
    <message>
        <source>Lead {id} reopened.</source>
        <translation>Prospecto {id} reabierto.</translation>
    </message>
    <message>
        <source>Lead {id}: next action on {date}.</source>
        <translation>Prospecto {id}: siguiente acción el {date}.</translation>
    </message>
    <message>
        <source>Demo data loaded: {contacts} contacts, {leads} leads.</source>
        <translation>Datos de demostración cargados: {contacts} contactos, {leads} prospectos.</translation>
    </message>
    <message>
        <source>Restored {file}. The database it replaced was saved as {backup}.</source>
        <translation>Se restauró {file}. La base de datos reemplazada se guardó como {backup}.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Versión del esquema: {version}</translation>
    </message>
    <message>
        <source>Integrity: {state}</source>
        <translation>Integridad: {state}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEMAS</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact needs a name or a company.</source>
        <translation>Un contacto necesita un nombre o una empresa.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» no es una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>&apos;{text}&apos; is not a valid date. Write it as dd/mm/yyyy (25/11/2026) or yyyy-mm-dd (2026-11-25).</source>
        <translation>«{text}» no es una fecha válida. Escríbala como dd/mm/aaaa (25/11/2026) o aaaa-mm-dd (2026-11-25).</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Signed contract</source>
        <translation>Contrato firmado</translation>
    </message>
    <message>
        <source>Authorized purchase order</source>
        <translation>Orden de compra autorizada</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Compró en otro lado</translation>
    </message>
    <message>
        <source>No budget / purchase not authorized</source>
        <translation>Sin presupuesto / compra no autorizada</translation>
    </message>
    <message>
        <source>Chose a better option</source>
        <translation>Eligió una mejor opción</translation>
    </message>
    <message>
        <source>Bad references</source>
        <translation>Malas referencias</translation>
    </message>
    <message>
        <source>No longer needs it</source>
        <translation>Ya no lo necesita</translation>
    </message>
    <message>
        <source>Was never a real opportunity</source>
        <translation>Nunca fue una oportunidad real</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>An open lead always needs a next action: say what you will do next.</source>
        <translation>Un prospecto abierto siempre necesita una siguiente acción: indique qué hará después.</translation>
    </message>
    <message>
        <source>An open lead always needs a next action with a date: say when you will do it.</source>
        <translation>Un prospecto abierto siempre necesita una siguiente acción con fecha: indique cuándo la hará.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of activity.</source>
        <translation>«{kind}» no es un tipo de actividad.</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; is closed ({status}); reopen it first.</source>
        <translation>El prospecto «{title}» está cerrado ({status}); primero reábralo.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>«{value}» no es un importe.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>A lead needs a title: what are you selling?</source>
        <translation>Un prospecto necesita un título: ¿qué está vendiendo?</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of activity (call, visit, email, whatsapp, meeting, note, task).</source>
        <translation>«{kind}» no es un tipo de actividad (call, visit, email, whatsapp, meeting, note, task).</translation>
    </message>
    <message>
        <source>The current next action was due on {due}; give the lead a new next action.</source>
        <translation>La siguiente acción actual vencía el {due}; dele al prospecto una nueva siguiente acción.</translation>
    </message>
    <message>
        <source>You logged something on an open lead: say what the next action is and when, or close the lead as won or lost.</source>
        <translation>Registró algo en un prospecto abierto: indique cuál es la siguiente acción y cuándo, o cierre el prospecto como ganado o perdido.</translation>
    </message>
    <message>
        <source>Something done cannot be dated in the future; plan it instead.</source>
        <translation>Algo ya hecho no puede tener fecha futura; mejor prográmelo.</translation>
    </message>
    <message>
        <source>A planned activity needs a date.</source>
        <translation>Una actividad programada necesita una fecha.</translation>
    </message>
    <message>
        <source>This activity is already done.</source>
        <translation>Esta actividad ya está hecha.</translation>
    </message>
    <message>
        <source>{date} is in the future: a lead is closed with what already happened.</source>
        <translation>{date} está en el futuro: un prospecto se cierra con lo que ya ocurrió.</translation>
    </message>
    <message>
        <source>Say what makes it a sale: a signed contract, an authorized purchase order or a payment received.</source>
        <translation>Indique qué hace que sea una venta: un contrato firmado, una orden de compra autorizada o un pago recibido.</translation>
    </message>
    <message>
        <source>Give the date of the contract, order or payment.</source>
        <translation>Indique la fecha del contrato, la orden o el pago.</translation>
    </message>
    <message>
        <source>Choose why the lead was lost (bought elsewhere, no budget, ...).</source>
        <translation>Elija por qué se perdió el prospecto (compró en otro lado, sin presupuesto, …).</translation>
    </message>
    <message>
        <source>A lead is lost only when the prospect confirms it: write down what they said. If they have not confirmed yet, schedule the confirmation contact instead.</source>
        <translation>Un prospecto sólo se pierde cuando el prospecto lo confirma: escriba lo que dijo. Si aún no lo ha confirmado, programe el contacto de confirmación.</translation>
    </message>
    <message>
        <source>&apos;{channel}&apos; is not a channel.</source>
        <translation>«{channel}» no es un canal.</translation>
    </message>
    <message>
        <source>Give the date of the loss.</source>
        <translation>Indique la fecha de la pérdida.</translation>
    </message>
    <message>
        <source>Confirm with the prospect whether they will buy</source>
        <translation>Confirmar con el prospecto si va a comprar</translation>
    </message>
    <message>
        <source>The lead &apos;{title}&apos; is already open.</source>
        <translation>El prospecto «{title}» ya está abierto.</translation>
    </message>
    <message>
        <source>Say why the lead is reopened.</source>
        <translation>Indique por qué se reabre el prospecto.</translation>
    </message>
    <message>
        <source>Cancelled: lead reopened</source>
        <translation>Cancelada: prospecto reabierto</translation>
    </message>
    <message>
        <source>Describe the impediment.</source>
        <translation>Describa el impedimento.</translation>
    </message>
    <message>
        <source>This impediment is already resolved.</source>
        <translation>Este impedimento ya está resuelto.</translation>
    </message>
    <message>
        <source>Say how the impediment was resolved.</source>
        <translation>Indique cómo se resolvió el impedimento.</translation>
    </message>
    <message>
        <source>A commitment is made by me, the prospect or the representada.</source>
        <translation>Un compromiso lo hace usted, el prospecto o la representada.</translation>
    </message>
    <message>
        <source>Describe the commitment.</source>
        <translation>Describa el compromiso.</translation>
    </message>
    <message>
        <source>A commitment needs a due date.</source>
        <translation>Un compromiso necesita una fecha límite.</translation>
    </message>
    <message>
        <source>This commitment is already done.</source>
        <translation>Este compromiso ya está cumplido.</translation>
    </message>
    <message>
        <source>Only a won lead earns a commission.</source>
        <translation>Sólo un prospecto ganado genera comisión.</translation>
    </message>
    <message>
        <source>Give the date the commission was received.</source>
        <translation>Indique la fecha en que se recibió la comisión.</translation>
    </message>
    <message>
        <source>Re-order follow-up</source>
        <translation>Seguimiento de recompra</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Propuesta enviada</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} is damaged or is not a Contactos database ({detail}). It has been left untouched; restore a backup with &apos;contactos restore&apos;.</source>
        <translation>La base de datos {path} está dañada o no es una base de datos de Contactos ({detail}). No se ha modificado; restaure una copia de seguridad con «contactos restore».</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Contactos (schema {theirs}; this version knows up to {ours}). It has been left untouched: install the newer version to open it.</source>
        <translation>La base de datos {path} fue escrita por una versión más reciente de Contactos (esquema {theirs}; esta versión conoce hasta el {ours}). No se ha modificado: instale la versión más reciente para abrirla.</translation>
    </message>
</context>
</TS>
