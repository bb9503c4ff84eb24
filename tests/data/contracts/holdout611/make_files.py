"""holdout611: builds the ten blind held-out drafts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written from the sources
below as they are; .docx/.pdf are built with ../word_pdf.py (PDF lines broken at word boundaries)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:××市林业和草原局古树名木智慧管理平台建设项目合同
P:合同编号：LCJ-ZFCG-2025-037　　采购方式：公开招标（政府采购）
P:甲方（采购人）：××市林业和草原局
P:乙方（供应商）：杭州青冠信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，采用甲方提供的合同文本订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设古树名木智慧管理平台，内容包括：古树名木资源管理平台软件许可（含一树一档、分级保护、养护记录、巡查管理、统计分析模块）；定制开发移动巡查APP、一树一码公众查询小程序、健康监测设备数据接入接口以及与省级林草资源“一张图”的数据对接；历年古树普查数据的清洗、建库与迁移；系统部署、实施与培训。
P:1.2 项目范围覆盖全市登记在册的古树名木三千一百余株及古树群二十一处，涉及九个区县林业站的日常巡护业务。
P:1.3 详细技术要求以招标文件第三章及乙方投标响应文件为准；二者不一致的，以对甲方更有利的约定为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），为固定总价。
P:2.2 价款构成：平台软件许可费¥680,000；定制开发费¥436,000；数据建库与迁移费¥128,000；部署实施及培训费¥46,000。
P:2.3 合同总价已包含税费、差旅、第三方组件授权以及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:2.4 乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保证金；最终验收合格且无违约情形的，甲方在二十个工作日内无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥258,000。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥580,500。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥451,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方资金通过国库集中支付，因财政审批程序导致的合理延误不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署、数据迁移和定制功能开发，并提交初步验收申请；初步验收通过后系统试运行六十日。
P:4.2 乙方应向甲方交付项目实施方案、数据库设计说明、接口文档、用户手册、运维手册以及定制开发部分的全部源代码和编译说明。
P:4.3 乙方应指定一名具有同类项目经验的项目经理常驻项目现场，未经甲方同意不得更换。
P:4.4 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；遇有影响工期的事项，应在两个工作日内书面报告甲方。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：招标文件所列功能逐项测试通过；历年普查数据迁移后与原始台账逐条比对一致；一树一码查询在二百个并发用户下页面响应时间不超过三秒；监测设备数据接入延迟不超过五分钟；与省级“一张图”的数据对接连续七日无差错。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障；第三方测评机构出具的网络安全测评报告无高风险项；全部文档及源代码已移交并经甲方核对。甲方可邀请专家参加验收，验收结论以双方签署的书面验收报告为准。
P:5.3 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，每季度进行一次巡检。
P:6.3 质保期内，乙方每年为甲方组织一次系统管理员复训，并根据古树名木保护相关法规的修订情况免费调整相关业务功能。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥54,400），且自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外；计划维护须提前三日通知甲方并安排在夜间进行）。
P:7.2 故障分级及响应：一级故障（平台无法访问或核心数据无法查询）乙方应在三十分钟内响应，两小时内远程或到场处置；二级故障一小时内响应；三级故障在下一个工作日内处理。
P:7.3 乙方未达到上述响应时限的，每延迟一小时扣减¥500；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。上述扣款从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围不受用户数和终端数限制。
P:8.2 为本项目定制开发的移动巡查APP、小程序、接口程序、数据库设计及其源代码，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所交付成果不侵犯第三方知识产权；发生侵权争议的，由乙方负责处理并承担全部责任。
P:8.4 乙方应保证平台所使用的开源组件符合其许可协议，并向甲方提供开源组件清单。
H:第九条 数据安全
P:9.1 古树名木资源数据、巡查记录、图片及监测数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对数据实行分级访问控制和加密存储；运维操作须经甲方审批并通过堡垒机进行，不得私自复制、导出数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、珍稀古树的精确坐标及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方提交的成果不符合合同约定的，应无偿整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包或分包。未经甲方书面同意，乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 合同解除后，乙方应在十日内向甲方移交已完成的成果、源代码及全部甲方数据，并配合甲方完成系统交接。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的补充协议为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2025年____月____日
"""

Z02 = """T:低压铸造生产线控制系统改造及维保合同
P:合同编号：LG-SB-2025-112
P:甲方：浙江恒轮铝业有限公司（轮毂生产厂）
P:乙方：宁波卓控自动化工程有限公司
P:甲方二号车间八台低压铸造机的电气控制系统老化，故障频发。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八台低压铸造机电控系统的拆除与更换（PLC、触摸屏、伺服液位加压单元），模具温度采集系统的新装，工艺参数管理及追溯软件的部署，以及与甲方MES系统的数据对接。
P:1.3 乙方应在改造前对八台设备进行现场勘察，编制改造实施方案、停机计划和回退方案，经甲方设备部和生产部会签后实施。
P:1.4 改造后的控制系统应保留原有的安全联锁功能，新增液位加压异常、模具超温及保温炉液位低报警，并在HMI上以中文显示报警信息及处理指引。
P:1.5 乙方应为追溯软件配置与甲方X光检测设备的数据接口，实现检测结果与铸造工艺参数的自动关联。
P:1.6 改造应分批停机实施，每批不超过两台，单台停机时间不超过六日，不得影响其余设备的正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾肆万捌仟元整（¥1,848,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|低压铸造机电控系统（PLC+HMI）|8台|96,000|768,000
TB:2|伺服液位加压控制单元|8套|42,000|336,000
TB:3|模具温度采集模块|16套|9,500|152,000
TB:4|工艺参数管理及追溯软件许可|1套|286,000|286,000
TB:5|边缘数据服务器|2台|48,000|96,000
TB:|设备及软件小计|||1,638,000
TB:6|安装调试及MES对接|1项|186,000|186,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合同总价|||1,848,000
P:2.2 上述价格含税、运输、保险及安装所需辅材。
P:2.3 合同价款为固定价款，除双方书面确认的设计变更外，不作调整。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的55%；到货安装不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，一百二十日内完成八台设备的改造和调试。
P:4.2 改造期间乙方应遵守甲方车间安全管理制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应在每批改造完成后提交单机调试记录、更新后的电气图纸及PLC程序备份。
P:4.4 乙方人员进入甲方车间前须接受安全教育并佩戴劳动防护用品；因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担责任。
H:第五条 验收
P:5.1 单台改造完成后进行单机调试，连续生产合格轮毂不少于五百件且液位加压曲线偏差不超过±1.5kPa，视为单机调试通过。
P:5.2 全部设备单机调试通过并连续运行三十日后进行最终验收，标准为：铸件X光检测合格率不低于改造前三个月的平均水平；八台设备的工艺参数均按秒级完整采集入库；追溯软件可按轮毂条码查询全部工艺参数；MES对接数据零差错。
P:5.3 试生产、单台投产或甲方支付部分款项，均不视为最终验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新组织验收，整改期间产生的费用由乙方承担。
P:5.5 最终验收由甲方设备部、生产部、质量部及乙方共同参加，验收结果以各方签字的验收报告为准。
H:第六条 质保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费更换故障部件并提供软件升级。
P:6.2 一级故障（整机停机）乙方应在三十分钟内响应，八小时内到达现场；二级故障两小时内响应。乙方未按时响应的，每延迟一小时向甲方支付¥1,000。
P:6.3 质保期内，乙方每季度对改造设备进行一次预防性检查并提交检查报告；PLC模块、伺服驱动器、压力传感器等关键备件应在宁波仓库常备库存，确保四十八小时内送达甲方现场。
P:6.4 质保期内更换的部件，其质保期自更换之日起重新计算。
H:第七条 维保服务
P:7.1 质保期满后，乙方按年提供维保服务，内容包括每季度预防性维护、备件更换、软件升级和远程支持。
P:7.2 维保年费为设备及软件小计的7%，即每年¥114,660，自质保期满起三年内固定不变；维保合同按年签订，不自动续期。
P:7.3 维保期内的服务水平与本合同第6.2款相同。
H:第八条 知识产权与数据
P:8.1 乙方为本项目编写的PLC程序、HMI画面、MES接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。追溯软件许可为永久许可。
P:8.2 设备运行数据和工艺参数属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:8.3 乙方远程访问须经甲方审批，通过甲方指定的工控安全网关进行，并留存操作日志；不得在现场设备中留存调试账号。发生数据泄露或因乙方原因导致工控网络安全事件的，乙方应在两小时内通知甲方，并承担由此造成的损失。
P:8.4 追溯软件应支持将工艺参数按轮毂条码保存不少于十年，并可按甲方要求导出为通用格式。
P:8.5 质保期满或合同终止时，乙方应删除其为履行合同而保存的甲方数据副本，并书面确认。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、模具设计、产品图纸等技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密期限为合同终止后五年。
P:9.2 乙方人员须签署保密承诺书，乙方对其人员违反保密义务的行为承担责任。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架敷设等辅助工作分包给具有相应资质的第三方，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
P:11.2 因改造质量问题导致甲方停产的，乙方应赔偿甲方的直接损失。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:11.4 因甲方原因导致工期延误的，工期相应顺延。
H:第十二条 合同解除
P:12.1 乙方严重违约且在收到甲方书面通知后十五日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方可解除合同。
P:12.3 合同解除的，乙方应配合甲方将已改造设备恢复至可运行状态，或将已完成部分的程序、图纸移交甲方。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:14.2 本合同附件包括技术协议、改造实施方案、设备清单及图纸，附件与正文具有同等效力。
P:14.3 本合同未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z03 = """少儿编程连锁校区教务及课程平台SaaS服务合同

合同编号：MC-SaaS-2025-0419
甲方：深圳市码趣少儿编程教育连锁有限公司
乙方：广州课云信息科技有限公司

甲方在全国经营四十五个少儿编程校区，拟统一采用乙方的课程与教务云平台。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方四十五个校区提供“课云”平台SaaS服务，包括：
1. 课程中心：课程体系、课件、编程作业及在线评测；
2. 教务中心：排课、考勤、课消、续费提醒及家长端通知；
3. 校区经营看板：各校区生源、课消、续费率等统计。
（二）乙方提供一次性实施服务：历史学员及课时数据迁移、四十五个校区的排课规则配置、与甲方收银系统及企业微信的接口对接、校区管理员及教师培训。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起计算。
（四）乙方应为甲方指定专属客户成功经理，负责需求对接、季度业务回顾和使用培训。
（五）平台应支持甲方新开校区自助开通，开通后三个工作日内完成排课规则配置。
（六）平台功能清单详见附件一，服务水平及故障分级详见附件二，附件为本合同的组成部分。

二、费用及支付
（一）服务费为每校区每服务年度¥9,600，四十五个校区每服务年度合计¥432,000，两个服务年度合计¥864,000。
（二）实施费¥86,000，为固定金额。
（三）本合同总价为¥950,000。
（四）实施费在上线验收合格后二十个工作日内支付。服务费按季度结算，甲方在每季度结束后十五个工作日内支付当季服务费¥108,000。合同签订时甲方无须支付任何款项。
（五）服务期内新增校区的，按每校区每服务年度¥9,600按月折算计费。
（六）乙方应在收款前开具合法有效的增值税发票。服务期内服务费单价固定不变。

三、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 历史学员、课时余额数据迁移后与甲方原系统逐条核对一致；
2. 四十五个校区排课、考勤、课消流程试运行十日无差错；
3. 与收银系统、企业微信接口联调通过，数据同步延迟不超过一分钟；
4. 在八百名用户并发时主要页面响应时间不超过两秒。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。试运行或甲方开始使用平台，不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日按本合同总价的千分之一向甲方支付违约金。
（五）验收不合格的，乙方应在十日内整改并重新申请验收。
（六）验收通过后，乙方应向甲方移交实施文档，包括数据迁移报告、接口说明及校区配置清单。

四、服务水平
（一）平台月度可用率不低于99.5%。
（二）一级故障（平台整体无法登录或排课、考勤功能不可用）乙方应在三十分钟内响应，两小时内恢复；二级故障两小时内响应，当日解决。
（三）月度可用率低于承诺值的，每低出0.1个百分点，扣减当月服务费的3%；一级故障响应超时的，每次扣减¥2,000。
（四）乙方应按月向甲方提交服务报告，内容包括可用率、故障记录、响应时间及改进措施。
（五）计划内维护应安排在每日零时至六时之间，并提前三日通过平台公告和短信通知甲方管理员。

五、数据与信息安全
（一）学员、家长信息及学习记录等甲方数据归甲方所有。平台中的学员多为未成年人，乙方应按照《个人信息保护法》及未成年人个人信息保护的规定处理数据。
（二）乙方应对甲方数据实行加密存储和传输、最小权限访问及操作日志留存，数据存放于中国境内的数据中心，并每日备份。
（三）发生数据泄露、丢失的，乙方应在二小时内通知甲方，配合甲方通知监护人及监管部门，并承担因其过错造成的全部损失。
（四）甲方同意，乙方可将去标识化处理后的学员学习行为数据、作业评测数据用于平台产品改进及乙方教研模型训练，该等使用在服务期届满后仍可继续。
（五）服务期届满或合同解除后三十日内，乙方应按甲方要求返还全部数据并删除副本。
（六）乙方应每年委托第三方机构对平台进行安全测评并将结论告知甲方；平台应通过网络安全等级保护三级测评。
（七）家长端小程序收集个人信息时，应取得监护人的单独同意，并向监护人提供查询、更正和删除的渠道。
（八）乙方不得在平台中向学员或家长推送与甲方课程无关的广告。

六、知识产权
（一）“课云”平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、排课规则、接口程序及甲方提供的课件，知识产权归甲方所有，甲方可自行或委托他人使用、修改。
（三）乙方保证平台及交付成果不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

七、保密
双方对在合作中知悉的对方经营信息、学员规模、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在本合同终止后三年内有效。乙方员工接触学员信息的，应签署保密承诺书。

八、续期
服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。每次续期时，乙方有权根据市场情况上调服务费，上调幅度不超过上一服务年度费用的8%。

九、分包
乙方不得将本合同项下的服务分包给第三方；确需分包接口开发等辅助工作的，须事先取得甲方书面同意。经同意分包的，乙方对分包方的行为承担全部责任。

十、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）平台连续两个月未达到承诺可用率的，甲方有权解除合同，乙方应退还已付未履行期间的费用。
（三）乙方违反本合同第五条数据安全义务且情节严重的，甲方有权立即解除合同。

十一、责任
乙方违约给甲方造成损失的，应赔偿甲方的实际损失，包括甲方因此向学员退费、赔偿所支出的合理费用。

十二、争议解决
本合同适用中华人民共和国法律。双方发生争议的，提交深圳国际仲裁院仲裁。

十三、培训与支持
（一）乙方在上线前为每个校区的管理员和教师提供线上培训不少于两次，并提供操作手册和教学视频。
（二）服务期内乙方提供工作日九时至二十一时的在线客服，节假日安排值班。
（三）乙方每学期开学前为甲方提供一次排课和续费高峰保障，提前进行扩容和压测。

十四、双方的其他权利义务
（一）甲方应指定项目负责人，及时提供历史数据和排课规则，配合乙方完成验收测试。
（二）甲方应确保其上传的课件不侵犯他人权利。
（三）乙方变更平台主要功能的，应提前三十日书面通知甲方，且不得减少本合同约定的服务内容。
（四）甲方应督促各校区妥善保管平台账号，校区人员离职时及时停用其账号。
（五）甲方对各校区向家长发布的通知内容负责，乙方应为甲方提供发布前的审核功能。

十五、不可抗力
因地震、台风、战争、政府行为等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并在十五日内提供证明，双方根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，双方均可解除合同。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z04 = """××市妇幼保健院孕产妇健康管理系统年度运维服务合同

项目编号：FY-CS-2025-026（竞争性磋商）
甲方：××市妇幼保健院
乙方：成都安孕信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就孕产妇健康管理系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）乙方对甲方在用的孕产妇健康管理系统（含孕早期建档、产前检查、高危孕产妇专案管理、产后访视、妇幼公众号预约模块）提供年度运维服务。
（二）服务内容包括：驻场运维一人，负责日常巡检、用户支持和数据核查；远程技术支持；按照省妇幼健康信息平台新版接口规范完成接口适配升级；配合甲方完成等级保护测评并进行安全加固。
（三）服务期限自2025年7月1日起至2026年6月30日止。
（四）乙方应在合同签订后五个工作日内完成与原运维单位的交接，包括系统账号、运维文档、故障记录及未完结工单。
（五）系统现有服务器、数据库、中间件及网络安全设备的清单详见附件一，乙方运维范围以附件一为准。

第二条 服务费用
（一）服务费总额为人民币肆拾陆万捌仟元整（¥468,000），包括：驻场运维¥216,000；远程技术支持¥96,000；接口适配升级¥108,000；等保测评配合及安全加固¥48,000。
（二）服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后二十个工作日内支付当季服务费¥117,000。甲方不预付任何款项。
（三）服务费已包含乙方人员工资、差旅、交通、工具软件及税费等全部费用，服务期内不作调整。
（四）乙方应在每次收款前向甲方开具合法有效的发票。

第三条 服务要求
（一）驻场人员工作时间为甲方正常工作日八时至十八时，节假日安排电话值守。
（二）乙方每月对系统服务器、数据库及接口运行情况巡检一次，并提交巡检报告。
（三）接口适配升级应在2025年10月31日前完成并通过甲方验收。
（四）乙方应建立运维工单台账，所有故障、需求和变更均应登记，处理完毕后由甲方使用科室确认。
（五）系统变更、补丁升级须提前提交变更方案，经甲方信息科审批后在业务低峰期实施，并做好数据备份和回退准备。
（六）乙方每日检查数据库备份情况，每季度进行一次恢复演练，并将演练记录提交甲方。
（七）驻场人员应具备相关工作经验。乙方更换驻场人员须提前十日书面通知甲方并经甲方同意，新老人员交接期不少于五个工作日。
（八）乙方应配合甲方完成卫生健康行政部门组织的数据质量检查、绩效考核数据报送及信息化评审工作。
（九）乙方每季度末提交季度运维报告，内容包括系统运行情况、故障统计、巡检发现的问题及优化建议。
（十）乙方应对甲方信息科人员进行系统维护知识培训，每半年不少于一次。

第四条 服务水平
（一）一级故障（系统整体无法使用或高危孕产妇专案数据无法读取）：乙方应在二十分钟内响应，两小时内恢复；
（二）二级故障（单个模块无法使用）：一小时内响应，八小时内恢复；
（三）三级故障（个别功能异常或咨询）：当日响应，三个工作日内解决。
（四）乙方未达到上述响应或恢复时限的，应在三个工作日内向甲方提交书面情况说明及整改措施，并在下一季度考核中予以记录。甲方不因此扣减服务费，乙方亦不因此支付违约金或赔偿。
（五）故障处理完毕后，乙方应在两个工作日内提交故障报告，说明故障原因、处理过程及预防措施。

第五条 考核与验收
（一）季度考核内容为：巡检报告按时提交；故障均有记录且已闭环；用户满意度调查得分不低于八十五分。
（二）接口适配升级的验收标准为：按新版接口规范上报的测试数据全部通过省平台校验；连续十个工作日上报无差错；升级后系统功能回归测试全部通过。
（三）服务期满前，甲方组织年度验收，以全年季度考核结果、巡检记录及故障处理记录为依据，出具书面验收意见。
（四）接口适配升级验收不合格的，乙方应在五个工作日内整改并重新申请验收。
（五）年度验收合格后，甲方出具年度验收报告，作为乙方履约评价的依据。

第六条 数据安全
（一）系统中的孕产妇个人信息、诊疗及随访数据均属于甲方所有，乙方仅为提供本合同服务使用，不得用于其他任何目的。
（二）乙方运维人员须通过甲方堡垒机访问系统，不得下载、复制或拍摄患者数据；生产数据确需用于测试的，须经甲方信息科书面批准并进行脱敏。
（三）发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
（四）乙方应按照《个人信息保护法》《数据安全法》及卫生健康行业数据安全管理规定，落实数据分类分级保护，定期开展安全自查，并配合甲方完成等级保护测评整改。
（五）服务期满或合同终止时，乙方应交回全部账号权限，删除因运维需要临时保存的数据，并出具书面确认。

第七条 保密
乙方及其人员对在服务中知悉的患者隐私、医院管理信息负有保密义务，须签署保密承诺书。保密义务不因合同终止而解除，驻场人员离岗后亦同。

第八条 知识产权
乙方在服务中开发的接口程序、脚本及运维文档，知识产权归甲方所有，乙方应向甲方移交源代码。乙方保证其提供的服务和交付成果不侵犯第三方的知识产权。

第九条 转包与分包
乙方不得将本合同服务转包或分包给第三方。

第十条 违约责任
（一）乙方未按第三条第（三）项期限完成接口适配升级的，每逾期一日按服务费总额的千分之一向甲方支付违约金。
（二）乙方违反第六条、第七条约定的，应赔偿甲方全部损失。

第十一条 合同的履行与解除
本合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除合同。乙方违约的，甲方有权要求乙方继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除合同。

第十二条 合同期满
本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，应另行履行采购程序。服务期满前三十日，乙方应配合甲方做好与后续运维单位的交接准备。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络及必要的系统访问权限。
（二）甲方应及时组织季度考核和验收，并在考核后五个工作日内将结果书面通知乙方。
（三）甲方应将系统使用中发现的问题及时告知乙方。
（四）甲方应指定信息科一名工作人员作为运维联系人，负责工单确认、变更审批和考核组织。
（五）因甲方原因或第三方原因（包括网络运营商、省级平台）导致的故障，乙方应协助甲方排查并及时协调处理。

第十五条 不可抗力
因不可抗力致使一方不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十六条 其他
本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z05 = """# 禾丰智造豆制品生产管理软件标准合同（范本 V3.0）

合同编号：HF-SW-2025-0608

甲方（买方）：安徽青阳豆制品食品有限公司（豆干厂）

乙方（卖方）：合肥禾丰智造软件有限公司

本合同为乙方标准合同文本，甲方确认已阅读全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供“禾丰豆制品生产管理软件”（以下简称“本软件”）的使用许可，并按甲方需求进行定制开发。本软件包括：原料大豆入库检验、浸泡磨浆、点卤成型、卤制烘烤、真空包装、杀菌等工序的生产管理，以及批次追溯、能耗统计和质量检验模块。

1.3 本软件的功能以乙方《产品功能说明书》为准，未列明的功能不属于本合同范围，甲方另行提出的需求按变更处理并另行计费。

1.4 乙方提供的服务包括：安装部署、基础数据初始化指导、操作培训及上线支持。

1.5 本软件运行所需的操作系统、数据库等第三方软件由甲方自行采购。

1.6 定制开发内容：卤制配方工艺参数管理、与甲方包装线称重设备及电子秤的对接、符合食品生产许可要求的批次追溯报表。

## 第二条 价款

2.1 合同总价为人民币柒拾捌万元整（¥780,000），明细如下：

| 项目 | 金额（元） |
|---|---|
| 本软件使用许可（永久，厂区不限用户数） | 560,000 |
| 定制开发 | 148,000 |
| 安装部署及培训 | 72,000 |
| 合计 | 780,000 |

2.2 上述价格不含甲方自备的服务器、网络设备及称重设备的改造费用。

2.3 需求变更超出定制开发范围的，按每人日¥2,000另行计费。

2.4 乙方派员赴甲方现场的差旅费用已包含在安装部署费中；免费维护期满后的现场服务差旅费由甲方承担。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥390,000，乙方收款后安排项目启动。

3.2 本软件安装调试完成并上线后，甲方支付合同总价的50%，即¥390,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票。甲方需要专用发票的，应提前书面告知。

## 第四条 交付

4.1 乙方在收到首期款后开始实施，计划在九十日内完成安装部署。因甲方现场条件、需求变更或配合不及时导致延期的，交付日期相应顺延。

4.2 乙方延期交付的，双方协商确定新的交付日期，乙方应加派人员尽快完成。

4.3 甲方应在乙方进场前准备好服务器、操作系统、数据库及网络环境，并按乙方要求提供基础数据。甲方未按时准备的，乙方可暂停实施。

4.4 乙方交付的内容为本软件安装程序、用户手册及培训资料。定制开发部分以可执行程序形式交付，不提供源代码。

4.5 乙方完成安装部署后，向甲方提交安装完成确认单，甲方应在收到后三日内签署。

## 第五条 验收

5.1 本软件在甲方服务器上安装调试完毕，即视为甲方验收合格。

5.2 甲方在安装完成后开始使用本软件或未在三日内提出书面异议的，亦视为验收合格。

5.3 验收合格后，因甲方需求变化提出的修改，按本合同第2.3款另行计费。

## 第六条 技术支持与免费维护

6.1 本软件上线之日起六个月为免费维护期，乙方提供缺陷修复和电话、远程技术支持。

6.2 乙方在工作日内受理甲方的问题反馈，并根据问题情况安排处理。

6.3 免费维护期内因甲方操作不当、擅自修改、病毒或硬件故障引起的问题，不属于免费维护范围，乙方可另行收费。

6.4 乙方可根据需要安排远程或现场服务，具体方式由乙方决定。

6.5 甲方应指定两名系统管理员作为与乙方对接的联系人，负责收集和反馈问题。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应与乙方签订年度维护合同。年度维护费为本软件使用许可费的25%，即每年¥140,000。

7.2 未签订年度维护合同的，乙方不再提供软件升级及技术支持。

7.3 年度维护费应在每个维护年度开始前一次性支付。甲方逾期支付的，乙方可停止提供维护服务。

7.4 年度维护服务内容包括：软件缺陷修复、小版本升级、远程技术支持及每年一次现场巡检。

## 第八条 知识产权

8.1 本软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码，知识产权均归乙方所有。甲方仅享有在本厂区内使用的非独占许可，不得修改、复制或许可第三方使用。

8.3 甲方不得对本软件进行反向工程、反编译或反汇编，不得将本软件转让、出租或提供给第三方使用。

8.4 甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第九条 数据

9.1 甲方在本软件中录入和产生的生产数据、配方数据及追溯数据归甲方所有，乙方仅为提供实施和维护服务使用，不得用于其他目的。

9.2 乙方远程维护须经甲方同意，操作账号由甲方开通并在维护完成后关闭；乙方应采取防病毒、访问控制等措施保障数据安全。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方应自行做好数据备份。因甲方未备份导致的数据损失，乙方不承担责任。

9.4 乙方维护人员在维护过程中接触的甲方数据，维护完成后不得留存。

## 第十条 保密

双方对在合作中获知的对方商业秘密、配方工艺及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失承担责任。

11.3 甲方未按约定付款的，乙方有权暂停实施或暂停维护服务，由此导致的延期由甲方负责。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未纠正的，另一方有权书面通知解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效。本合同条款与甲方采购文件不一致的，以本合同为准。

14.2 本合同一式两份，双方各执一份。

14.3 本合同的附件包括：报价单、产品功能说明书、定制开发需求确认单。附件与本合同具有同等效力。

## 第十五条 培训

乙方为甲方提供一次集中操作培训，培训人数不超过二十人，培训时间为两日，超出部分另行收费。

## 第十六条 不可抗力

因不可抗力、网络故障、第三方软件缺陷、政府行为等非乙方原因导致本软件无法正常运行或交付延迟的，乙方不承担责任。

## 第十七条 通知

双方往来通知以书面形式或电子邮件送达本合同首部所列地址，发出后即视为送达。

## 第十八条 其他约定

18.1 本合同签订后，乙方可将本项目作为成功案例对外宣传，甲方同意乙方在宣传材料中使用甲方名称。

18.2 甲方要求乙方提供本合同范围以外服务的，双方另行签订服务协议，费用按乙方当时的报价执行。

18.3 本合同的修改和补充应以书面形式作出，经双方签字盖章后生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

E01 = """T:Perpetual Software Licence and Services Agreement
P:Agreement No. MS-CN-2025-044
P:This Agreement is made between Fujian Haixin Feed Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Fuqing, Fujian (the "Buyer"), and Marselis Software A/S, a company incorporated in Denmark with its registered office at Aarhus, Denmark (the "Vendor").
P:The Buyer operates three feed mills producing aquaculture and livestock feed. The Vendor develops the BatchLine suite for batching, formulation and traceability in feed production. The Buyer wishes to license the suite perpetually and to have the Vendor configure and implement it at the three mills, and the parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the BatchLine Formulation, Batching Control and Traceability modules in the versions listed in Annex 1, including their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Buyer's ERP and weighbridge systems, the mill-specific reports, recipe import scripts and any other work product created by the Vendor specifically for the Buyer, including source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all formulation, batch, quality, supplier and production data entered into or generated by the Software at the Buyer's sites.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's three mills in Fuqing, Zhangzhou and Nanping for up to 180 named users and 9 batching controllers, including use by the Buyer's contractors acting on the Buyer's behalf.
P:2.2 The Vendor shall provide the following services: solution design, installation on the Buyer's servers, configuration of recipes and production lines, development of the Custom Deliverables, data migration from the Buyer's current formulation tool, training of key users and administrators, and go-live support at each mill.
P:2.3 The project plan in Annex 2 sets the milestones. The Vendor shall complete installation at all three mills within 100 days after the Effective Date and shall be ready for Final Acceptance testing within 150 days after the Effective Date.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,710,000, fixed and inclusive of taxes, travel and the cost of third-party components.
P:3.2 The Contract Price consists of: licence fee for the Software CNY 1,260,000; implementation and Custom Deliverables CNY 412,000; training CNY 38,000.
P:3.3 No other charges are payable for the scope of Article 2 during the warranty period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 342,000) within 20 days after the Effective Date, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 769,500) within 30 days after installation at all three mills is complete. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 598,500) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account of the Vendor's representative office in Shanghai stated in the invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit a test plan for the Buyer's approval at least 20 days before acceptance testing begins.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 pass the approved test cases; (b) migrated recipes match the source records line by line; (c) batch weights recorded by the Software agree with the weighbridge within the tolerance in Annex 1 over 30 consecutive production days at each mill; (d) every finished batch can be traced to its raw-material lots in under 10 seconds; and (e) no Severity 1 fault occurs during the last 20 days of the test period.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Installation, production use or any payment is not acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for 18 months after Final Acceptance. During this period the Vendor shall correct defects and supply updates and new versions free of charge.
P:6.2 The Vendor warrants that the Software contains no malicious code, undisclosed remote access or licence keys that could stop the Software from running.
H:Article 7 Support and Service Levels
P:7.1 During the warranty period the Vendor shall provide support through a Chinese-speaking service desk in Shanghai, by telephone and e-mail, from 08:00 to 20:00 on every day of the year.
P:7.2 Severity 1 (batching stopped at a mill or traceability unavailable): response within 1 hour and a workaround within 6 hours. Severity 2 (a major function degraded): response within 2 hours. Severity 3: response by the next working day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response time, it shall credit CNY 1,000 against the next payment or pay that amount on demand.
P:7.4 After the warranty period the Buyer may order annual support covering the services in Articles 6.1 and 7.1 to 7.3. The annual support fee is 13% of the licence fee in Article 3.2 (CNY 163,800 per year) and shall not be increased for three years after the warranty ends. Each year of support is ordered separately; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors, subject to the licence granted in Article 2.1.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code with each release, and the Buyer may use, modify and license them freely, including to third-party maintainers.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and for no other purpose, and shall not retain copies after the work for which it was needed is complete.
P:9.2 The Software is installed on the Buyer's servers in mainland China. The Vendor shall access them only through the Buyer's VPN with multi-factor authentication, after approval for each session, and shall comply with the Buyer's information security policies and the Personal Information Protection Law and Data Security Law of the PRC. No Buyer Data may be transferred outside mainland China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of becoming aware of it, cooperate in its investigation and remedy, and bear the losses and costs caused by incidents attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Buyer's formulations and cost data, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 These obligations continue for five years after this Agreement ends.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to be ready for Final Acceptance testing by the date in Article 2.3 for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:11.2 Delay damages do not release the Vendor from its obligation to complete the work.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 8.3, or breach of Articles 9 and 10.
P:12.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 12.1.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if delay damages reach the maximum in Article 11.1.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence to the Software already delivered shall survive if the Buyer has paid for it.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Denmark, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Danish Institute of Arbitration under its rules. The seat of arbitration is Aarhus, Denmark, and the language of the proceedings is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Software, functions and tolerances) and Annex 2 (Project plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — FieldLoop Maintenance Cloud

Order Form No. FL-CN-2025-0117

**Provider:** FieldLoop Oy, Hatanpään valtatie, Tampere, Finland ("Provider")

**Customer:** Chengdu Tianyu Elevator Service Co., Ltd., Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Services

Provider will provide FieldLoop Maintenance Cloud, a hosted field-service application for lift and escalator maintenance, to Customer's maintenance organisation. The subscription covers: work-order management, preventive maintenance planning, the technician mobile application, spare-parts stock at branch level, customer portal for building owners, and the analytics dashboard. Named users: 260 technicians and 40 office users. Branches: Chengdu, Chongqing, Mianyang and Guiyang.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The Subscription Term ends automatically at the end of the 24th month. Any further term requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, first year of the Subscription Term | 300 users, fixed | 286,000 |
| Subscription fee, second year of the Subscription Term | 300 users, fixed | 286,000 |
| Onboarding: configuration, data migration, integration with Customer's ERP and SMS gateway, training | one-time, fixed | 64,000 |
| Total Contract Value | | 636,000 |

Additional users may be added at the pro-rata unit price implied by the table. Fees include VAT and hosting in Provider's data centre partner in Shanghai.

### A4. Invoicing and Payment

The subscription fee is invoiced quarterly at the start of each quarter of the Subscription Term, in eight equal instalments of CNY 71,500, payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. No amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

Provider will complete onboarding within 60 days after signature of this Order Form. Go-Live Acceptance requires that: (a) the agreed user acceptance test scripts pass; (b) migrated work orders, equipment records and maintenance plans reconcile with Customer's export; (c) the ERP interface posts parts consumption without error for five consecutive working days; and (d) Customer signs the Go-Live Acceptance certificate. Use of the service in production before that signature is not acceptance. If onboarding is not complete by the agreed date for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, FieldLoop Oy. Customer contact: Head of Digital Operations. Signed for Provider: ____________ Signed for Customer: ____________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the service available to Customer's users during the Subscription Term in accordance with the documentation and the service levels in Section 2.

1.2 Provider may improve the service and release new features, provided that no change materially reduces the functionality described in A1.

1.3 Customer shall use the service only for its own maintenance business and shall keep its user credentials secure.

### 2. Service Levels

2.1 Availability. The service shall be available at least 99.95% of the time in each calendar month, measured at Provider's hosting boundary, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.

2.2 Support. Customer may report incidents at any time through the portal or by telephone. Provider shall respond to incidents as follows: Priority 1 (service unavailable for all users, or the mobile application cannot receive work orders): within eight hours; Priority 2 (a major function degraded): within one business day; Priority 3 (minor issue or question): within three business days.

2.3 Service Credits. If availability in a month falls below the level in 2.1, Customer receives a credit of 5% of that quarter's subscription instalment for each full 0.1 percentage point of shortfall, up to half of the instalment. Credits are deducted from the next invoice or, after the last invoice, paid to Customer.

2.4 Reports. Provider shall publish a monthly service report showing availability, incidents and response times.

### 3. Customer Data

3.1 Customer Data means all data entered into the service by or for Customer, including building, equipment, work-order and personal data of technicians and building contacts. Customer Data belongs to Customer.

3.2 Provider shall process Customer Data only to provide the service under this Agreement and on Customer's documented instructions, and shall not use it for any other purpose, including in aggregated or de-identified form.

3.3 Customer Data is stored and processed only in mainland China. Provider shall maintain ISO/IEC 27001 certification for the service, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs for at least six months, and comply with the Personal Information Protection Law of the PRC.

3.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and bear the costs and losses caused by incidents attributable to Provider.

3.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard export format and then delete all copies.

### 4. Intellectual Property

4.1 Provider retains all rights in the service, its software and documentation.

4.2 Configurations, report templates, interface mappings and other work product created by Provider specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely, including to other service providers.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent.

5.2 This Section survives for three years after the end of the Agreement.

### 6. Subcontracting

6.1 Provider may use the hosting partner named in A3. Provider shall not engage any other subcontractor for the service without Customer's prior written consent, and remains liable for its subcontractors.

### 7. Customer Responsibilities

7.1 Customer shall provide Provider with timely access to the data, key users and ERP test environment needed for onboarding, and shall review test results within five business days.

7.2 Customer is responsible for the accuracy of the data it enters and for the mobile devices used by its technicians, which must run a supported operating system version listed in the documentation.

7.3 Customer shall not attempt to reverse engineer the service, run load tests without Provider's agreement, or allow persons other than its users to access the service.

### 8. Warranties

8.1 Provider warrants that the service will perform materially as described in the documentation and that onboarding will be carried out with reasonable skill and care by qualified personnel.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the subscription fees paid by Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to personal injury caused by negligence, fraud, or either party's wilful misconduct.

### 10. Term and Termination

10.1 This Agreement continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

10.3 If Customer terminates under 10.2, Provider shall refund any prepaid fees for the period after termination.

10.4 Customer may also terminate if availability falls below 99% in two consecutive months.

### 11. Fees and Taxes

11.1 Fees are fixed for the Subscription Term. Provider shall issue valid PRC VAT invoices through its Chinese invoicing agent.

11.2 Late payments bear interest at the one-year loan prime rate.

### 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate. Force majeure does not excuse payment obligations or Provider's duty to maintain backups.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 14. General

14.1 Notices must be in writing and sent to the contacts in A6.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement is the entire agreement between the parties on its subject matter and supersedes all prior proposals. It may be amended only in writing signed by both parties.
"""

E03 = """T:Supply Agreement for Water-Quality Sensors and Monitoring Software
P:Contract No. YH-PUR-2025-0305
P:Buyer: Yantai Haiyun Aquaculture Group Co., Ltd., Yantai, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Fjordsense AS, Bergen, Norway (the "Supplier").
P:The Buyer operates offshore net-pen and land-based recirculating fish farms. It wishes to buy water-quality sensor buoys, gateways and a perpetual licence of the Supplier's monitoring software, installed and commissioned. This Agreement is on the Buyer's standard purchasing terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor buoys, gateways, spare parts and accessories listed in the price table in clause 3.
P:1.2 "Software" means the FjordView monitoring software, server edition, licensed under clause 4, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 7.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the System at the Buyer's four farms: Changdao offshore site, Penglai offshore site, Laizhou land-based site and Haiyang land-based site.
P:2.2 The Supplier shall configure alarm thresholds for dissolved oxygen, temperature, salinity, pH and turbidity for each species and cage according to the Buyer's husbandry manual, integrate the Software with the Buyer's feeding control system and SMS alert platform, and train the Buyer's farm staff and IT administrators.
P:2.3 The Supplier shall deliver the Equipment DAP Yantai, with Incoterms 2020, within 75 days after signature, and shall complete installation within 45 days after delivery.
H:3. Price
P:3.1 The Contract Price is CNY 2,376,000, fixed, including VAT, import duties, freight, insurance, installation materials and travel.
P:3.2 The Contract Price is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (DO, temperature, salinity, pH, turbidity)|96|14,500|1,392,000
TB:2|Solar LoRa gateway with 4G backhaul|12|26,000|312,000
TB:3|Spare sensor heads and calibration kits|1 lot|84,000|84,000
TB:4|FjordView server licence, perpetual, 4 sites, unlimited users|1|298,000|298,000
TB:|Equipment and Licence Subtotal|||2,086,000
TB:5|Installation, mooring and commissioning|1 lot|196,000|196,000
TB:6|Integration with feeding control and SMS platform|1 lot|62,000|62,000
TB:7|Training|1 lot|32,000|32,000
TB:|Contract Price|||2,376,000
H:3A. Packing, Title and Risk
P:3A.1 The Supplier shall pack the Equipment for sea and road transport and for storage at coastal sites, mark every package with the contract number and site name, and enclose a packing list in Chinese and English.
P:3A.2 Title to the Equipment passes to the Buyer on delivery. Risk passes on delivery at each site, but the Supplier remains responsible for Equipment it handles during installation and mooring.
P:3A.3 The Supplier shall provide certificates of origin, calibration certificates for every sensor head, and the radio type approval for the gateways required in the People's Republic of China.
H:4. Software Licence and Intellectual Property
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the four sites and at any further site of the Buyer's group, without limit on users.
P:4.2 The alarm configurations, integration interfaces, scripts and reports made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source code at Final Acceptance.
P:4.3 The Supplier warrants that the System does not infringe third-party rights and shall indemnify the Buyer against such claims.
H:5. Payment
P:5.1 10% of the Contract Price within 30 days after signature, against an advance payment guarantee.
P:5.2 55% of the Contract Price within 30 days after delivery and installation at all four sites. Delivery and installation are not acceptance.
P:5.3 35% of the Contract Price within 30 days after Final Acceptance.
H:5A. Documentation and Training
P:5A.1 The Supplier shall deliver installation drawings, mooring plans, the calibration procedure, the Software administrator and user manuals and the interface specification, in Chinese, before the trial period starts.
P:5A.2 Training comprises two days at each farm for site staff, covering buoy handling, cleaning and calibration, and three days at the Buyer's head office for IT administrators, covering server installation, backup and restore, user management and interface monitoring. The Supplier shall provide training materials and a short written test for participants.
H:6. Delivery Delay
P:6.1 If the Supplier is late in delivery or in completing installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:7. Acceptance
P:7.1 After installation the System shall run for a trial period of 45 days.
P:7.2 The acceptance criteria are: (a) every buoy reports all five parameters at the configured interval with no data gap longer than 10 minutes; (b) dissolved-oxygen readings agree with the Buyer's calibrated handheld meter within 0.2 mg/L in weekly spot checks; (c) a simulated low-oxygen event triggers the feeding-stop signal and SMS alerts within 60 seconds; (d) the Software keeps at least two years of history on the Buyer's server; and (e) no Severity 1 fault remains open at the end of the trial.
P:7.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days. Use of the System during the trial, or any payment, is not acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including shipping and duties, and supply Software updates.
P:8.2 Sensor heads are warranted for the same period, but consumable membranes and calibration solutions are excluded.
H:9. Service Levels
P:9.1 Faults are classified as Severity 1 (a whole site without monitoring data or alarms), Severity 2 (several buoys or one gateway down) and Severity 3 (single buoy or minor defect).
TB:Severity|Response|Restoration|Credit if late
TB:Severity 1|30 minutes (remote)|24 hours, spare units on site|CNY 800 per hour of late response
TB:Severity 2|2 hours|3 days|CNY 300 per hour of late response
TB:Severity 3|next working day|10 working days|none
P:9.2 Credits are deducted from any amount due to the Supplier or paid on demand.
H:10. Post-Warranty Support
P:10.1 After the warranty period the Buyer may order annual support including repair, replacement of faulty units, Software updates and remote support on the same service levels.
P:10.2 The annual support fee is 9% of the Equipment and Licence Subtotal (CNY 187,740 per year), fixed for three years after the warranty period. Support is ordered year by year and is not renewed automatically.
H:11. Data Protection
P:11.1 All measurements, alarms, farm layouts and production data collected or processed by the System belong to the Buyer. The Supplier may use them only to perform this Agreement.
P:11.2 The Software runs on the Buyer's servers in Yantai. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN with two-factor authentication. Gateways shall send data only to the Buyer's server.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data, help contain it, and bear the losses caused by incidents attributable to the Supplier.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's farms, stock, production volumes and prices, and shall not disclose it to any third party without the Buyer's prior written consent, during this Agreement and for five years after it ends.
H:13. Liability
P:13.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are unlimited.
H:14. Subcontracting
P:14.1 The Supplier may use the mooring contractor named in its tender. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:15. Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:15.2 On termination for breach the Supplier shall refund the amounts paid for parts of the System not accepted and remove its equipment at its own cost if the Buyer so requests.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:17. General
P:17.1 This Agreement is made in Chinese and English; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. UPS-MS-2025-021

**Customer:** Wuhan Ruikang Medical Devices Co., Ltd., Wuhan, Hubei, People's Republic of China ("Customer")

**Supplier:** Fyris Managed Services AB, Uppsala, Sweden, acting with its Wuhan service centre ("Supplier")

Customer manufactures infusion pumps and patient monitors at three plants in Wuhan and Xiaogan. Supplier provides managed infrastructure and service-desk services. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date on which Supplier takes over the Services after Transition Acceptance under Section 4.

1.3 "Monthly Charge" and "Transition Charge" have the meanings given in Schedule 2.

1.4 "Customer Data" means all data of Customer or its employees, customers and suppliers that Supplier receives or can access in performing the Services.

## Section 2 Term

2.1 The Services are provided for 36 months from Service Commencement (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3 Services

3.1 Supplier shall provide the Services described in Schedule 1 to the service levels in Schedule 3, using qualified staff who speak Chinese, and following Customer's site rules and change-management procedures.

3.2 Supplier shall keep an up-to-date configuration register of all managed devices and provide it to Customer monthly.

3.3 Supplier shall hold monthly service reviews with Customer and deliver a written service report covering incidents, changes, service-level performance and improvement actions.

## Section 4 Transition and Acceptance

4.1 Supplier shall complete transition within 60 days after signature, including discovery of all in-scope devices, knowledge transfer from Customer's current provider, set-up of monitoring and the service desk, and documented runbooks.

4.2 Transition Acceptance requires: (a) all in-scope devices listed in the configuration register and monitored; (b) runbooks for the top 30 recurring tasks approved by Customer; (c) a parallel-run period of 14 days in which Supplier handles all tickets within the service levels; and (d) Customer's signed Transition Acceptance certificate. Starting work in the parallel run is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to Supplier, Supplier shall pay CNY 3,500 for each day of delay, up to CNY 200,000.

## Section 4A Personnel and Customer Responsibilities

4A.1 Supplier shall appoint a service delivery manager based in Wuhan and shall not replace key personnel named in its proposal without Customer's approval, which shall not be unreasonably withheld.

4A.2 Supplier's staff working at Customer's plants shall follow Customer's clean-room, safety and quality procedures, including gowning rules and the medical-device quality management system, and shall complete Customer's induction training before starting work.

4A.3 Customer shall provide desk space, network access and remote access accounts for Supplier's staff, keep its third-party software maintenance contracts in force, and name a contract manager as Supplier's point of contact.

4A.4 Changes to the scope of the Services are agreed through a written change request stating the effect on the Monthly Charge, service levels and timing. No change is binding until signed by both parties.

4A.5 Supplier shall maintain a knowledge base of known errors and workarounds in Customer's service management tool, and shall keep all runbooks current after each change, so that Customer or a successor provider can operate the environment from the documentation alone.

4A.6 Supplier shall take part in Customer's audits by notified bodies and customers of Customer to the extent they concern the Services, and shall give auditors access to the relevant records and staff at reasonable notice.

## Section 5 Charges and Payment

5.1 Customer shall pay the Transition Charge within 30 days after Transition Acceptance and the Monthly Charge monthly in arrears within 30 days after receipt of a valid VAT invoice.

5.2 No charges are payable in advance. Charges are fixed for the Term, except for changes in scope agreed in writing under Schedule 2.

## Section 6 Service Levels and Credits

6.1 Supplier shall meet the service levels in Schedule 3. Service credits are calculated monthly and deducted from the next invoice.

6.2 If Supplier fails the same Priority 1 service level in three consecutive months, Customer may treat this as a material breach.

## Section 7 Customer Data

7.1 Customer Data belongs to Customer. Supplier may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term Supplier shall hand back all Customer Data and documentation in its possession.

## Section 8 Intellectual Property

8.1 Runbooks, scripts, configuration templates and reports created by Supplier for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

8.2 Supplier's pre-existing tools remain Supplier's property. Where they are needed to use the deliverables in 8.1, Supplier grants Customer a perpetual, free licence to use them.

## Section 9 Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including product designs, regulatory submissions, prices and network information, and shall use it only for this Agreement. Neither party shall disclose such information to third parties without prior written consent, except to its professional advisers bound by equivalent duties.

9.2 This Section continues for five years after the end of the Agreement.

## Section 10 Subcontracting

10.1 Supplier may subcontract any part of the Services, including on-site hands-and-eyes support and out-of-hours monitoring, to its affiliates or to third-party contractors, by giving Customer written notice of the subcontractor's name and scope before the subcontractor starts work.

10.2 Supplier remains responsible for the acts and omissions of its subcontractors.

## Section 11 Liability

11.1 Supplier's total liability under this Agreement is limited to 150% of the total charges payable over the Term under Schedule 2.

11.2 The limit does not apply to personal injury, wilful misconduct or breach of Section 9.

## Section 12 Termination

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within 30 days after written notice.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 2, so that the Services pass to Customer or a successor without interruption.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 14 General

14.1 Notices must be in writing to the addresses above. Amendments must be signed by both parties. This Agreement, with its Schedules, is the entire agreement on its subject matter.

Signed for Customer: ____________ Signed for Supplier: ____________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English service desk for 1,450 users at three plants, telephone, portal and e-mail | 24 x 7 |
| Infrastructure monitoring | 210 servers, 2 storage arrays, 380 network devices, plant Wi-Fi, backup jobs | 24 x 7 |
| Server and storage operations | patching, capacity management, backup and restore tests, monthly restore test for the quality system | business hours, on call |
| Network operations | LAN, Wi-Fi, firewalls configuration changes under Customer approval, WAN link coordination with carriers | business hours, on call |
| End-user support | desk-side support at each plant, device imaging, moves and changes | Monday to Saturday 08:00-20:00 |
| Change and problem management | change advisory board participation, root-cause analysis for Priority 1 and 2 incidents | as required |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 156,000 |
| Monthly Charge | fixed, per month, 36 months | 118,000 |
| Total Monthly Charges | 36 x 118,000 | 4,248,000 |
| Total Contract Value | Transition Charge + Total Monthly Charges | 4,404,000 |
| Additional work and exit assistance | per engineer day, on written order | 2,800 |

## Schedule 3 — Service Levels

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | production line stopped, quality system or ERP unavailable at a plant | 30 minutes | 6 hours | 5% of the Monthly Charge per incident |
| Priority 2 | a function degraded or a group of users affected | 1 hour | 1 business day | 2% of the Monthly Charge per incident |
| Priority 3 | single user or minor issue | 8 business hours | 3 business days | none |
| Monitored core services availability | ERP, MES and quality system infrastructure, per month | at least 99.95% | — | 3% of the Monthly Charge per 0.1 point below target |

Total service credits in a month are limited to 20% of the Monthly Charge.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT — MARINE WEATHER AND SEA-STATE API

Agreement No. HV-API-CN-2025-09

PARTIES

Provider: Hafvedur ehf., Reykjavik, Iceland ("Provider").
Customer: Dalian Bohai Ocean Shipping Co., Ltd., Dalian, Liaoning, People's Republic of China ("Customer").

BACKGROUND

Customer operates a fleet of bulk carriers and container feeder vessels. Provider supplies marine weather, wave and ice forecasts through an application programming interface. Customer wishes to subscribe to the API for voyage planning and to have Provider build an integration with Customer's fleet management system.

1. DEFINITIONS

1.1 "API" means Provider's Marine Forecast API, version 4, and the data sets listed in clause 2.1.
1.2 "Subscription Year" means each of the two consecutive years of the Subscription Term, the first starting on the Start Date.
1.3 "Start Date" means the date of Integration Acceptance under clause 5.
1.4 "Customer Data" means vessel positions, voyage plans, port calls, fuel data and any other data Customer sends to the API or that the integration processes.
1.5 "Integration" means the adapter between the API and Customer's fleet management system, the route-weather overlay and the alert rules built for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the following data sets for its own fleet operations: global wind and wave forecasts at 0.25 degree resolution, ten-day swell forecasts, sea-ice concentration for the Bohai Sea and the Northern Sea Route, and port weather warnings for 60 named ports.
2.2 The subscription covers up to 2,000,000 API calls per Subscription Year and up to 80 vessels. Calls above that volume are charged at the overage rate in clause 3.3 and are outside the Total Fees.
2.3 Customer may display the data to its crews, charterers and agents in connection with its voyages, but shall not resell the data.

3. FEES

3.1 Subscription fee: CNY 348,000 for each Subscription Year, CNY 696,000 for both Subscription Years.
3.2 Integration fee: CNY 46,000, one-time and fixed.
3.3 Overage: CNY 0.08 per API call above the included volume, invoiced quarterly in arrears.
3.4 The Total Fees under this Agreement are CNY 742,000.

4. PAYMENT

4.1 The subscription fee for each Subscription Year is paid in four quarterly instalments of CNY 87,000, invoiced at the end of each quarter and payable within 30 days of invoice.
4.2 The integration fee is paid within 30 days after Integration Acceptance.
4.3 Nothing is payable before the Start Date. Fees are fixed for the two Subscription Years.

4A. CUSTOMER OBLIGATIONS

4A.1 Customer shall store its API keys safely in its own systems, ensure that only its systems call the API, and inform Provider promptly if it believes a key has been misused, so that Provider can issue a new key.
4A.2 Customer shall provide a test environment of its fleet management system, sample voyage plans and a marine superintendent to review test results during the integration.
4A.3 Customer is responsible for the navigational use of the data by its masters and officers, in line with its safety management system.

4B. CHANGES TO THE API

4B.1 Provider may release new versions of the API. Provider shall announce any change that requires Customer to modify the Integration at least 90 days in advance, keep the previous version running during that period, and adapt the Integration at no extra charge during the Subscription Term.
4B.2 Provider shall not remove any data set listed in clause 2.1 during the Subscription Term.
4B.3 Provider shall publish release notes for every new version, describing new parameters, changed units or resolution and any deprecated fields.

4C. REPORTING AND REVIEWS

4C.1 Provider shall send Customer a monthly report showing API availability, forecast update times, incidents, response times and the number of API calls used against the included volume.
4C.2 The parties shall hold a review meeting each quarter, by video conference, to discuss service performance, forecast accuracy feedback from Customer's masters and planned changes to the API.
4C.3 On request, Provider shall provide verification statistics comparing its wave and wind forecasts with buoy observations in the regions where Customer's vessels trade.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall deliver the Integration within 50 days after signature.
5.2 Integration Acceptance requires that: (a) forecasts for all 80 vessels' planned routes load into the fleet management system every six hours without error for ten consecutive days; (b) the alert rules trigger correctly in the test cases agreed with Customer's marine department; (c) the overlay displays correctly on the bridge and shore clients; and (d) Customer signs an acceptance certificate.
5.3 Trial use of the API before that signature is not acceptance.
5.4 If Provider fails to deliver the Integration for acceptance by the date in 5.1 for reasons attributable to it, Provider shall pay delay damages of CNY 150 for each day of delay.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced five days in advance.
6.2 Provider shall operate a support desk at all times. Priority 1 incidents (API unavailable, or forecasts not updated for more than one cycle) receive a response within 1 hour and a workaround within 6 hours. Priority 2 incidents receive a response within 3 hours.
6.3 If availability in a month is below the level in 6.1, Customer receives a credit of 5% of that quarter's instalment for each full 0.1 percentage point below it. If a Priority 1 response is late, Customer receives CNY 500 per hour of delay. Credits are deducted from the next invoice.

7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall process it only to provide the API and the Integration and shall not use it for any other purpose, in identifiable, aggregated or anonymised form.
7.2 Customer Data shall be processed in Provider's hosting region in mainland China, operated by its cloud partner under a data processing agreement. Provider shall encrypt Customer Data in transit and at rest, restrict access to named engineers with multi-factor authentication, log all access and keep the logs for one year.
7.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, contain it, cooperate with Customer and competent authorities, and bear the losses and costs caused by incidents attributable to Provider or its cloud partner.
7.4 At the end of the Subscription Term Provider shall return Customer Data on request and delete it within 30 days.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources retain all rights in the API and the forecast data, subject to the rights granted in clause 2.
8.2 The Integration, including adapter source code, alert rules and overlay configuration, belongs to Customer, which may use, modify and license it freely. Provider shall hand over the source code at Integration Acceptance.

9. SUBCONTRACTING

9.1 Apart from the cloud partner named in Annex A, Provider shall not subcontract any part of the services without Customer's prior written consent.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Fees, except for wilful misconduct, gross negligence and breach of clause 7, which are unlimited.
10.2 Forecasts are predictions. Provider is not liable for navigational decisions made by Customer's masters, but remains liable for failure to deliver the data and service levels agreed.

11. TERM AND TERMINATION

11.1 The Subscription Term is the two Subscription Years. The Agreement ends at the end of the second Subscription Year unless the parties sign a new order; there is no automatic renewal.
11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if availability is below 99% in two consecutive months. Provider shall refund fees paid for any period after termination.
11.3 Provider may suspend access if an undisputed invoice is unpaid 60 days after a written reminder.

12. FORCE MAJEURE

12.1 Neither party is liable for delay caused by events beyond its reasonable control, such as failure of public satellite data feeds or major natural disasters, if it gives prompt notice and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL

14.0 Notices under this Agreement shall be given in writing by courier or by e-mail with confirmation of receipt to the addresses stated by the parties in Annex A. Operational messages about incidents may be given through the support portal.

14.1 Annex A (cloud partner and hosting region) and Annex B (API documentation) form part of this Agreement.
14.2 This Agreement is signed in two originals in English and takes effect on signature.

Signed for Customer: ____________    Signed for Provider: ____________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key: (stem, format, language, category, kind)
    "Z01": ("h611z01_forestry_ancient_trees_platform", "pdf", "zh", "software", "goods_or_licence"),
    "Z02": ("h611z02_wheel_plant_casting_line_control_retrofit", "docx", "zh", "hardware", "goods_or_licence"),
    "Z03": ("h611z03_coding_school_chain_saas", "txt", "zh", "cloud", "service"),
    "Z04": ("h611z04_maternal_health_system_om_service", "txt", "zh", "services", "service"),
    "Z05": ("h611z05_tofu_plant_software_supplier_template", "md", "zh", "software", "goods_or_licence"),
    "E01": ("h611e01_feed_mill_batching_licence_aarhus_vendor", "pdf", "en", "software", "goods_or_licence"),
    "E02": ("h611e02_field_service_saas_order_form_tampere", "md", "en", "cloud", "service"),
    "E03": ("h611e03_aquaculture_sensors_monitoring_licence_bergen", "docx", "en", "hardware", "goods_or_licence"),
    "E04": ("h611e04_managed_it_services_36_months_uppsala", "md", "en", "services", "service"),
    "E05": ("h611e05_marine_weather_api_subscription_reykjavik", "txt", "en", "cloud", "service"),
}
N = None
# terms in API order: avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, post, auto, term,
# sub, law; extra: sla_clause, ld_stated, capped (goods only), deemed, value
TERMS = {
    "Z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 8, False, True, False, "PRC",
            True, True, True, False, 1290000),
    "Z02": (N, 0.5, True, "buyer", True, True, True, 0.02, 50, 10, True, True, 24, 7, False, True, True, "PRC",
            True, True, True, False, 1848000),
    "Z03": (99.5, 0.5, True, "buyer", True, False, True, 0.1, N, N, True, N, N, N, True, True, False, "PRC",
            True, True, N, False, 950000),
    "Z04": (N, 20 / 60, False, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, False, False, "PRC",
            True, True, N, False, 468000),
    "Z05": (N, N, False, "supplier", True, True, True, N, N, 50, False, False, 6, 25, False, True, N, N,
            False, False, True, True, 780000),
    "E01": (N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False, "Denmark",
            True, True, True, False, 1710000),
    "E02": (99.95, 8, True, "buyer", True, True, True, 600 / 636000 * 100, 6 / 24 * 100, N, True, N, N, N, False, True,
            False, "PRC", True, True, N, False, 636000),
    "E03": (N, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC",
            True, True, True, False, 2376000),
    "E04": (99.95, 0.5, True, "buyer", False, True, True, 3500 / 4404000 * 100, 150, N, True, N, N, N, False, True,
            True, "PRC", True, True, N, False, 4404000),
    "E05": (99.95, 1, True, "buyer", True, True, False, 150 / 742000 * 100, 150, N, True, N, N, N, False, True, False,
            "PRC", True, True, N, False, 742000),
}
# TCO inputs for goods_or_licence drafts: (fee base = itemised licence / hardware subtotal, warranty months)
TCO_BASE = {"Z01": 680000, "Z02": 1638000, "Z05": 560000, "E01": 1260000, "E03": 2086000}
FOREIGN_FORUM = {"E01"}  # disputes seated outside mainland China
DESIGN = {
    "Z01": [], "E03": [],
    "E01": ["CR-GOVERNING-LAW"],
    "Z02": ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "Z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "Z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "E02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "E04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "E05": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "Z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
DESIGN_RISK = {"Z01": "low", "E03": "low", "E01": "low", "Z02": "medium", "Z03": "medium", "Z04": "medium",
               "E02": "medium", "E05": "medium", "E04": "high", "Z05": "high"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def label(key):
    stem, fmt, lang, cat, kind = FILES[key]
    v = TERMS[key]
    names = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]
    terms = dict(zip(names, v[:18]))
    terms["contract_kind"] = kind
    extra = {"sla_clause": v[18], "ld_stated": v[19]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = v[20]
    else:
        assert v[20] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, key
    extra["acceptance_deemed_on_delivery"] = v[21]
    extra["contract_value"] = v[22]
    return {"file": "%s.%s" % (stem, fmt), "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def rules(key, lab):
    """My reading of policy §3 and its section on where rules apply."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "or unstated": also when there is no SLA at all
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, lab)
        if s is not None and s > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    if any(x in HIGH for x in rs):
        return "high"
    if any(x not in LOW for x in rs):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![0-9])", r"(?<![0-9.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十0-9])四个?小时",
    r"four[\s-]*hours?", r"(?<![0-9.])0\.05(?![0-9])", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![0-9.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![0-9.])12\s*(?:个)?月(?![0-9]{0,2}日)", r"(?<![一二三四五六七八九])十二个月", r"twelve[\s-]*months?",
    r"(?<![0-9.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![0-9.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    r"(?<![0-9.])5\s*(?:-\s*)?years?\s*horizon",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内响应", "四小时", "0.05% per day", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "百分之三十", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "15%", "百分之十五", "40%", "百分之四十", "4 h"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "24小时", "0.08%", "万分之八", "150%", "130%", "300%", "18 months",
             "112 months", "二十四个月", "215%", "百分之四十五", "1.5kPa", "14 hours", "0.055", "120%", "2025年12月31日"]
for s_ in MUST_HIT:
    assert RX.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not RX.search(s_), ("must miss", s_, RX.search(s_))


def scan(text, name):
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = RX.search(form)
        assert not m, (name, "threshold figure in text", form[max(0, m.start() - 30):m.end() + 30])


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    src = {k: globals()[k] for k in FILES}
    binary = {k: ("%s.%s" % (FILES[k][0], FILES[k][1]), FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write(src, binary, OUT, wrap_words=True)
    for k in FILES:
        if FILES[k][1] in ("txt", "md"):
            (OUT / ("%s.%s" % FILES[k][:2])).write_text(src[k].rstrip("\n") + "\n", encoding="utf-8")
    covered, bad = set(), []
    for k in FILES:
        stem, fmt, lang = FILES[k][:3]
        path = OUT / ("%s.%s" % (stem, fmt))
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-58s %s %5d %s" % (k, path.name, lang, n, "ok" if ok else "OUT OF RANGE"))
        scan(text, path.name)
        lab = label(k)
        for f, th in TH.items():
            val = lab["expected_terms"][f]
            assert val is None or abs(val - th) > 1e-9, (k, f, val)
        share = tco_share(k, lab) if lab["expected_terms"]["contract_kind"] == "goods_or_licence" else None
        if share is not None:
            assert abs(share - TCO_TH) > 2, (k, share)
            print("    TCO share %.2f %%" % share)
        rs = rules(k, lab)
        assert rs == sorted(DESIGN[k]), (k, rs, DESIGN[k])
        assert risk(rs) == DESIGN_RISK[k], (k, risk(rs))
        lab["expected_rules"] = rs
        covered |= set(rs)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        if not ok:
            bad.append((k, n))
    assert not bad, ("length out of range", bad)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in FILES if not DESIGN[k]]
    assert sorted(mix) == ["E03", "Z01"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("Z02", "Z03", "Z04", "E02", "E04", "E05"))
    assert 8 <= len(DESIGN["Z05"]) <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
