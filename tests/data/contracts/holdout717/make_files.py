"""holdout717: builds the ten blind held-out draft contracts of this folder and their .json labels.

Every file is built from its source below (.txt / .md written as is; .docx / .pdf through ../word_pdf.py, PDFs broken
into lines at word boundaries). The labels are written from LABELS. The script then reads every built file back and
asserts: the length ranges, that no threshold figure is stated anywhere (regex, self-tested), that no label value sits
on a threshold, the price and payment sums, that the rules derived from each label (my reading of policy §3) equal the
design list, the mix, and that all 20 CR rules fire at least once. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}      # key -> source text (markup for docx / pdf)
LABELS = {}   # key -> label facts

SRC["z01"] = """T:澄州市拍卖行业监管与拍卖备案平台建设项目合同
P:合同编号：CZSW-ZFCG-2025-037
P:采购人（甲方）：澄州市商务局
P:供应商（乙方）：浙江衡拍信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就澄州市拍卖行业监管与拍卖备案平台（以下简称“平台”）的软件许可、定制开发、实施及相关服务，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供拍卖备案平台基础软件许可（含电子签章组件、数据库许可），许可为永久、不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成以下定制开发：拍卖企业及拍卖师信息管理、拍卖会备案（拍卖公告、拍卖标的、成交结果）、拍卖会现场视频监管、统计分析与监管预警，以及与全国拍卖行业管理信息系统、市场监管登记系统的数据对接。
P:1.3 乙方负责平台部署、历史备案数据迁移、系统联调、上线切换，并对甲方及区县商务部门人员进行培训。
P:1.4 本项目交付地点为甲方指定的澄州市政务云机房及甲方办公场所。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,960,000元（大写：壹佰玖拾陆万元整），为固定总价，含税及完成本项目的全部费用。
P:2.2 分项价格如下：平台软件许可小计1,126,000元；定制开发费684,000元；实施及数据迁移费118,000元；培训费32,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即392,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即882,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即686,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初步验收申请，于初步验收后60日内完成试运行。
P:4.2 乙方应提交需求规格说明书、设计说明书、接口文档、源代码、部署手册、用户手册和测试报告。
P:4.3 乙方应指定具有高级工程师职称的项目经理常驻甲方现场，实施期间不得擅自更换；确需更换的，应提前10个工作日书面报甲方同意，且新任人员资历不低于原人员。
P:4.4 培训对象为甲方及各区县商务部门业务人员、系统管理员，培训不少于3期，每期不少于2天，乙方提供培训教材并对培训效果进行考核。
H:第五条 履约保证金
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即98,000元，可采用银行保函形式。
P:5.2 履约保证金在最终验收合格后无息退还。乙方未履行合同义务的，甲方可从履约保证金中扣除相应违约金和赔偿金。
H:第六条 验收
P:6.1 初步验收标准：定制功能全部符合需求规格说明书；与全国拍卖行业管理信息系统的备案数据连续10日推送成功；历史备案数据迁移后经逐条比对无差错；在300个并发用户下页面响应时间不超过2秒。
P:6.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告和源代码安全审计报告无高危问题；操作手册、源代码等文档齐全。
P:6.3 甲方应在乙方提交验收申请后10个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新申请验收。
H:第七条 质量保证与维护
P:7.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。质保期内因乙方原因导致平台停止运行的，质保期相应顺延。
P:7.2 质保期满后，甲方可与乙方另行签订维护合同。年度维护费不超过平台软件许可小计的8%，即每年不超过90,080元，且在质保期满后三年内不上调。维护合同不自动续期。
H:第八条 服务水平
P:8.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:8.2 故障分为三级。一级故障指平台整体无法访问或备案数据无法提交，乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障乙方应在1小时内响应、24小时内解决；三级故障在3个工作日内解决。
P:8.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减服务费800元；月度可用率每低于承诺值0.01个百分点，扣减1,500元。扣减款项从应付款或履约保证金中抵扣。
P:8.4 乙方应每月向甲方提交运行报告，内容包括可用率统计、故障清单、处理时长及改进措施。
H:第九条 知识产权
P:9.1 本项目定制开发的软件、源代码、接口程序、数据库设计及全部技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:9.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方知识产权。
H:第十条 数据安全
P:10.1 平台中的拍卖备案数据、企业信息、视频资料及日志均属于甲方所有。乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
P:10.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:10.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:10.4 合同终止后，乙方应在10个工作日内将全部数据移交甲方，并删除其持有的副本，出具书面说明。
H:第十一条 保密
P:11.1 乙方对履行本合同中知悉的甲方工作秘密、拍卖企业商业信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:12.2 乙方交付的平台不符合合同约定的，应负责整改并承担由此增加的费用；给甲方造成损失的，应予赔偿。
P:12.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十三条 分包
P:13.1 本项目不允许分包或转包。乙方不得将本项目的全部或部分工作交由第三方完成，违反本条的，甲方有权解除合同。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，双方互不承担违约责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：澄州市商务局    乙方（盖章）：浙江衡拍信息技术有限公司
P:签订日期：2025年6月18日
"""

SRC["z02"] = """T:经编及缝制生产线电控改造与生产管控系统采购合同
P:合同编号：HY-SB-2025-0412
P:甲方（买方）：河北衡源纺织品有限公司（蚊帐厂）
P:乙方（卖方）：石家庄精控自动化工程有限公司
P:甲方因蚊帐经编车间及缝制车间产线升级需要，向乙方采购经编机电控改造、缝制工位智能终端、网络设备及生产管控软件，并由乙方负责安装调试、系统对接、培训及质保期后的维保服务。双方经友好协商，订立本合同。
H:第一条 合同标的与价格
P:1.1 本合同总价为人民币1,650,000元（含13%增值税），明细见下表。
TB:序号|名称|规格及数量|金额（元）
TB:1|经编机电控改造（伺服驱动、PLC控制柜、人机界面）|18台套，单价46,000元|828,000
TB:2|缝制工位智能终端（扫码计件、断线检测）|60套，单价3,800元|228,000
TB:3|工业交换机、无线AP及车间布线|1批|96,000
TB:4|生产管控软件许可（永久，含排产、计件、质量追溯模块）|1套|264,000
TB:|软硬件小计||1,416,000
TB:5|安装调试及旧系统拆除|1项|138,000
TB:6|与甲方ERP、仓储系统接口开发|1项|72,000
TB:7|操作及维修培训|1项|24,000
TB:|合同总价||1,650,000
P:1.2 上述价格包括设备、软件、运输、保险、安装、调试、培训、税费及乙方完成本合同所需的其他一切费用。
H:第二条 付款
P:2.1 合同签订后10个工作日内，甲方向乙方支付合同总价的20%作为预付款，即330,000元。
P:2.2 全部设备到货并安装完成，经甲方签收后10个工作日内，甲方支付合同总价的45%，即742,500元。到货签收仅确认数量和外观，不视为验收。
P:2.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即577,500元。
P:2.4 乙方收款前应开具等额增值税专用发票；甲方付款方式为银行转账。
H:第三条 交货、安装与改造
P:3.1 乙方应于合同签订后45日内将全部设备运至甲方厂区，并在到货后30日内完成安装调试。改造须分批进行，每批停机不超过3台经编机，不得影响甲方正常生产。
P:3.2 乙方应提交电气原理图、PLC程序、接线图、软件安装介质、操作维修手册和备品备件清单。
P:3.3 设备应采用适合长途运输的包装，并有防潮、防震措施。设备在甲方签收前的毁损、灭失风险由乙方承担。
P:3.4 乙方进场人员应遵守甲方厂区安全生产、消防和车间管理规定，动火、登高、带电作业须事先办理审批。施工期间因乙方原因造成人身伤害或财产损失的，由乙方负责。
P:3.5 乙方应随设备免费提供质保期内常用备品备件一批（伺服驱动器2台、PLC模块4块、人机界面1块、终端扫码器6个），并保证停产后八年内继续供应备件。
H:第四条 培训
P:4.1 乙方应对甲方的挡车工、缝纫工、设备维修人员和系统管理员分别进行培训。操作培训在车间现场进行，维修培训须包括PLC程序备份恢复、伺服参数设置和常见故障排查。
P:4.2 培训结束后由乙方组织考核，维修人员考核合格后方可独立处理二级故障。
H:第五条 验收
P:5.1 验收标准：改造后经编机在设计车速下连续运行72小时无电控故障；断纱自动停机响应时间不超过0.2秒；缝制终端计件数据与人工抽查核对一致；生产管控软件排产、计件、质量追溯功能符合技术协议；与ERP、仓储系统数据同步正常。
P:5.2 安装完成后，系统试运行30日。试运行期满，乙方提交验收申请，甲方在7个工作日内组织验收并出具验收报告。设备投入生产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
P:5.4 验收时乙方应提交改造前后能耗对比、车速对比和断纱停机次数统计，作为验收报告附件。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方提供维保服务，年度维保费按软硬件小计的9%计收，即每年127,440元，三年内不上调。甲方可按年决定是否续签。
P:6.3 维保服务内容包括每半年一次预防性保养、软件补丁更新、故障维修（不含易损件）及电话和远程技术支持。
H:第七条 服务水平
P:7.1 质保期及维保期内，生产管控系统月度可用率不低于99.5%。
P:7.2 一级故障（整条产线停机或管控系统瘫痪）乙方应在45分钟内响应，3小时内到达现场；二级故障（单台设备故障）在2小时内响应，24小时内修复。
P:7.3 月度可用率每低于承诺值0.1个百分点，扣减当期维保费或质保金1,000元；响应或到场超时的，每超时1小时扣减500元。
P:7.4 乙方应每季度向甲方提交设备运行分析报告，列明故障次数、停机时长、可用率统计及预防性维护建议，并每半年到现场进行一次巡检。
H:第八条 知识产权
P:8.1 为本项目编写的PLC程序、接口程序及其源代码、电气图纸归甲方所有，甲方可自行修改或委托他人维护。生产管控软件的著作权归乙方，甲方享有永久使用权。
P:8.2 乙方保证所提供设备和软件不侵犯第三方知识产权，如发生侵权纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全与保密
P:9.1 生产数据、工艺参数、订单及员工计件数据属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方事先同意并使用甲方指定的VPN账号，操作全程留痕；乙方应采取防病毒、访问控制等安全措施。因乙方原因导致数据泄露或丢失的，乙方应在2小时内通知甲方并承担赔偿责任。
P:9.3 双方对在履约中获悉的对方技术秘密和经营信息负有保密义务，本条在合同终止后三年内有效。
P:9.4 合同终止或维保服务结束时，乙方应删除其远程维护过程中获取的全部甲方数据，并向甲方出具书面确认。
H:第十条 施工分包
P:10.1 乙方可将车间布线、控制柜现场安装等施工工作交由具备相应资质的第三方完成，提前书面通知甲方即可，无需另行取得甲方同意。乙方对分包部分的质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方累计赔偿责任以合同总价的150%为限，但因故意、重大过失或人身伤害造成的损失除外。
P:11.3 乙方提供的设备不符合合同约定型号或性能的，甲方有权要求更换，由此延误的工期按第11.1款计算违约金。
P:11.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后10日内未纠正的，甲方有权解除合同并要求赔偿。合同解除后，乙方应配合甲方做好设备停用、数据移交和现场恢复工作。
P:12.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商变更或解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交石家庄仲裁委员会仲裁。
P:13.2 技术协议、设备清单、车间平面布置图及乙方投标响应文件为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:13.3 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
P:日期：2025年7月2日
"""

SRC["z03"] = """幻影魔术连锁门店预约及会员管理SaaS服务合同

合同编号：HY-IT-2025-019
甲方（客户）：上海幻影魔术教育科技有限公司
乙方（服务商）：杭州约课云软件有限公司

甲方在全国经营30家魔术培训门店，开设少儿魔术、成人近景魔术及舞台魔术课程。为统一管理课程预约、会员、储值卡和门店排课，甲方向乙方订购“约课云”预约及会员管理SaaS服务，并由乙方提供实施服务。双方经协商一致，订立本合同。

一、服务内容与服务期
（一）乙方向甲方30家门店开通“约课云”SaaS服务，包括：
1. 课程预约与排课：学员通过微信小程序预约课程，门店按教室和魔术师排课，支持候补和自动提醒；
2. 会员与储值：会员档案、课时包、储值卡、积分及会员等级管理；
3. 收银与对账：与甲方现有收银系统和微信支付对接，按门店生成日结和月结报表；
4. 总部驾驶舱：各门店预约率、到课率、续费率和魔术师课时统计。
（二）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
（三）实施服务包括：小程序配置及甲方品牌页面设计、门店及课程基础数据配置、历史会员数据迁移（约4.6万条会员记录、储值余额及剩余课时）、收银系统接口对接、门店店长和前台人员培训。
（四）服务期内乙方负责平台的日常运维、版本升级和安全加固，升级不得降低已有功能，重大版本升级应提前7日通知甲方。

二、费用及支付
（一）订阅费：每门店每服务年度6,800元，30家门店每服务年度合计204,000元，两个服务年度合计408,000元。
（二）实施费：一次性86,000元。
（三）本合同总价为494,000元（含6%增值税）。
（四）支付方式：
1. 实施费在系统上线验收合格后15个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后30日内支付；
3. 服务期内新增门店的，按每门店每服务年度6,800元按月折算。
（五）乙方应在收款前开具增值税专用发票。
（六）除本合同约定外，乙方不得以任何名义向甲方或其门店收取其他费用，短信通知费已包含在订阅费中。

三、上线验收
（一）乙方应在合同签订后45日内完成全部实施工作，并向甲方提交上线验收申请。
（二）验收标准：
1. 历史会员、储值余额、剩余课时迁移后与甲方原系统逐户核对无差异；
2. 30家门店均能正常预约、排课、签到、收银，日结报表与收银系统一致；
3. 小程序在500人同时预约时页面响应时间不超过2秒；
4. 店长和前台人员培训完成并经考核。
（三）甲方在收到申请后7个工作日内组织验收，验收合格的签署上线验收单。门店开始使用不视为验收合格。
（四）乙方上线逾期的，每逾期一日向甲方支付违约金400元。
（五）验收不合格的，乙方应在7日内整改后重新提交验收，整改期间按本条第（四）项计算逾期违约金。

四、服务水平
（一）乙方承诺系统月度可用率不低于99.95%，计划内维护应在每日凌晨1点至5点之间进行，并提前24小时通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）服务补偿：月度可用率未达承诺的，每低于0.1个百分点，乙方按当月订阅费的3%给予服务抵扣；一级故障超过恢复时限的，每超时1小时抵扣当月订阅费的1%。当月抵扣合计不超过当月订阅费的一半。
（四）乙方应于每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、处理时长、服务抵扣计算及改进计划。甲方对报告有异议的，双方在10个工作日内核对确认。
（五）乙方提供工作日9点至21点的在线客服和电话支持，并为甲方指定一名客户成功经理，每季度到甲方总部回访一次。

五、数据
（一）甲方会员信息、课程及消费记录等业务数据属于甲方所有。
（二）甲方同意，乙方可将甲方业务数据经匿名化处理后，用于编制教育培训行业分析报告、优化乙方产品及向其他客户提供行业对标服务，该项使用在本合同终止后仍可继续。
（三）数据安全：乙方应将数据存放在中国境内的云服务器，通过网络安全等级保护三级测评，对会员手机号等个人信息加密存储，后台操作留存日志。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成损失的，由乙方赔偿。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出并移交全部业务数据，之后删除其系统中的甲方数据。
（五）乙方应每日对甲方数据进行增量备份、每周进行全量备份，备份数据至少保存30日，并每半年进行一次恢复演练，演练结果书面报告甲方。

六、知识产权
（一）“约课云”平台软件的知识产权归乙方所有。
（二）为甲方专门制作的小程序页面设计、品牌素材、报表模板及接口配置归甲方所有，甲方可自由使用、修改，或交由第三方继续开发。
（三）乙方保证其提供的平台及服务不侵犯任何第三方的知识产权。因侵权引起的索赔，由乙方负责处理并承担费用。

七、甲方义务
（一）甲方应指定项目负责人，及时提供门店、课程、价目、会员等基础资料，并确认需求和配置方案。
（二）甲方应妥善保管管理员账号和密码，合理分配门店人员权限。因甲方保管不善造成的损失由甲方自行承担。
（三）甲方应按本合同约定及时支付费用。

八、保密
双方对在合作中获悉的对方商业秘密、课程资料及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方员工接触甲方会员信息前应签署保密承诺书。

九、续约
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，可多次续展。续展时乙方有权根据市场情况调整订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方提前通知甲方即可执行。

十、分包
乙方不得将本合同项下服务分包给第三方；确需委托第三方的，应事先取得甲方书面同意。乙方对经同意的第三方的行为承担连带责任。

十一、责任限制
乙方在本合同项下的累计赔偿责任，以甲方在责任事件发生前六个月内已支付的订阅费为限。乙方对甲方的间接损失、利润损失不承担责任。

十二、合同解除
（一）任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
（二）乙方连续两个月未达到可用率承诺的，甲方有权解除合同，乙方退还未使用期间的订阅费。
（三）合同解除或终止的，乙方应按本合同第五条第（四）项移交数据，并配合甲方向新系统平稳过渡，过渡期不少于30日，过渡期内服务费按原单价按日计算。

十三、法律适用及争议
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同附件包括：服务功能清单、故障分级表、数据迁移方案。本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议；合同的任何变更须以书面形式作出。

甲方（盖章）：上海幻影魔术教育科技有限公司
乙方（盖章）：杭州约课云软件有限公司
2025年5月26日
"""

SRC["z04"] = """信贷管理系统年度运维服务合同

项目编号：QXCZ-CS-2025-06（竞争性磋商）
甲方：青溪村镇银行股份有限公司
乙方：安徽融信科技服务有限公司

甲方通过竞争性磋商方式采购信贷管理系统年度运维服务，乙方为成交供应商。依据《中华人民共和国民法典》、磋商文件及乙方响应文件，双方就运维服务事项达成如下协议。

第一条 服务范围
1. 运维对象为甲方信贷管理系统，包括客户管理、授信审批、贷款发放、贷后管理、风险分类、不良资产管理等模块，以及该系统与核心业务系统、人民银行征信系统、监管报送平台的接口。
2. 服务内容：
（1）日常运行监控、应用及数据库巡检，每日出具巡检记录；
（2）故障诊断与处理，应用程序缺陷修复；
（3）监管报送规则变更、利率定价参数调整等适应性修改，全年不超过60人天；
（4）月末、季末、年末批处理及报表生成保障；
（5）灾备切换演练配合，每年两次；
（6）系统安全加固、漏洞修复及补丁更新；
（7）信贷业务人员操作咨询和培训。
3. 乙方派驻1名具有三年以上银行信贷系统运维经验的工程师在甲方科技部驻场，工作时间为甲方营业日8:30至17:30，其余时间提供远程及电话支持。
4. 乙方使用的监控及运维工具须经甲方科技部评估同意后方可部署在甲方网络内，服务结束时由乙方负责卸载并清除相关账号。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，甲方如需继续采购，按规定另行组织采购程序。服务期满前一个月，乙方应配合甲方做好服务交接。

第三条 服务费用及支付
1. 本合同服务费总额为人民币386,000元（含税），包括驻场人员费用、远程支持、适应性修改及乙方为完成服务所需的全部费用。
2. 服务费按季度支付，每季度96,500元。每季度结束后，乙方提交季度服务报告及发票，经甲方季度考核验收合格后10个工作日内支付当季服务费。
3. 甲方不支付任何预付款。

第四条 服务水平要求
1. 故障分级：
一级故障：信贷系统整体不可用，或放款、还款等核心交易无法办理；
二级故障：部分模块不可用，或监管报送、征信报送不能按时完成；
三级故障：个别功能异常或操作咨询。
2. 响应和处理时限：一级故障乙方应在15分钟内响应，30分钟内到场，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内解决。
3. 乙方应保证月末、季末批处理按时完成，监管报送数据在报送截止日前生成并通过校验。
4. 乙方应对每次一级、二级故障提交故障分析报告，说明原因、处理过程及防范措施。
5. 春节、国庆等长假前后以及年终决算期间，乙方应制定专项保障方案，安排工程师现场值守，并提前完成系统健康检查和应急预案演练。
6. 乙方应建立运维服务台账，记录每一项服务请求的受理时间、处理人、处理过程和关闭时间，甲方可随时查阅。

第五条 季度考核验收
1. 每季度结束后5个工作日内，乙方提交季度服务报告，内容包括巡检记录汇总、故障清单及处理时长、适应性修改完成情况、人天消耗、遗留问题。
2. 验收标准：
（1）一级、二级故障均在第四条规定时限内响应和处理；
（2）监管报送及征信报送无因乙方原因导致的迟报、错报；
（3）巡检记录完整，驻场人员出勤符合约定；
（4）适应性修改经甲方业务部门测试确认。
3. 甲方科技部会同信贷管理部在收到报告后7个工作日内完成考核并签署季度验收单。未达标的，乙方应在10个工作日内整改，整改完成后重新验收。
4. 服务期届满前一个月，乙方应提交年度运维总结，包括系统运行情况分析、遗留问题清单、容量及性能评估和下一年度优化建议，并完成运维文档、账号和工具的移交。

第六条 甲方义务
1. 为驻场人员提供办公场所、必要的办公设备和内网终端。
2. 按乙方工作需要开通运维账号，及时提供系统相关资料。
3. 按约定支付服务费。
4. 对乙方提出的系统优化建议及时组织评估，对重大变更履行甲方内部审批程序。

第七条 人员管理
1. 乙方驻场人员应遵守甲方的各项规章制度和保密要求，接受甲方科技部管理。
2. 乙方更换驻场人员应提前15日书面告知甲方并取得同意，做好工作交接。甲方认为驻场人员不能胜任的，有权要求乙方在10个工作日内更换。

第八条 数据安全
1. 信贷系统中的客户信息、贷款数据、征信数据及日志均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内访问，不得用于任何其他目的。
2. 乙方须通过甲方堡垒机进行运维操作，不得私自下载、复制或带离客户数据。生产数据不得用于测试，测试数据须经甲方脱敏后提供。
3. 乙方应落实人员背景审查、最小权限和操作审计，遵守《数据安全法》《个人信息保护法》和银行业监管要求。
4. 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此被监管机构处以的罚款。
5. 服务期满或合同终止时，乙方应交回全部运维账号、门禁卡和资料，并书面确认未留存甲方任何数据。

第九条 保密
乙方及其人员对履约过程中知悉的甲方客户信息、经营信息和系统架构负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署个人保密承诺书。乙方人员违反本条约定的，甲方有权要求乙方立即停止并更换相关人员。本条在合同终止后持续有效。

第十条 知识产权
乙方在服务期间为甲方编写的脚本、运维手册、适应性修改形成的程序及文档归甲方所有，甲方可自由使用和修改。乙方在本合同签订前已拥有的运维工具及其知识产权仍归乙方。

第十一条 分包
乙方不得将本合同服务转包或分包给第三方。驻场及远程服务均须由乙方自有员工提供。

第十二条 违约责任
1. 乙方未按第四条要求提供服务的，应立即采取措施予以纠正，并在甲方要求的期限内完成整改。
2. 乙方人员违反甲方规章制度的，甲方有权要求乙方更换相关人员。
3. 乙方原因导致故障处理超出时限的，乙方应向甲方提交书面说明，并在下一季度服务报告中列明改进措施。
4. 甲方逾期支付服务费的，乙方可以书面催告，甲方应在收到催告后10个工作日内付清。

第十三条 合同的变更和解除
1. 本合同履行期间，任何一方不得单方解除合同。
2. 乙方存在违约情形的，甲方应先要求乙方整改；乙方整改后，合同继续履行。
3. 因国家法律法规或监管政策调整需要变更服务内容的，双方协商签订补充协议。
4. 因不可抗力导致合同无法履行的，双方协商处理。

第十四条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
1. 磋商文件、乙方响应文件及磋商过程中乙方的书面承诺为本合同的组成部分。
3. 双方指定的项目联系人负责日常沟通，联系人变更应书面通知对方。本合同的附件包括服务内容清单、故障分级表和季度验收单样式。
4. 本合同一式四份，甲方执三份，乙方执一份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方（盖章）：青溪村镇银行股份有限公司
乙方（盖章）：安徽融信科技服务有限公司
签订日期：2025年6月20日
"""

SRC["z05"] = """# 禾艺追溯工艺品生产管理软件销售及开发合同

（乙方标准合同文本 HYZS-HT-V3.0）

合同编号：HYZS-2025-0688

甲方（买方）：山东麦香坊麦秆画工艺品有限公司

乙方（卖方）：济南禾艺智联软件有限公司

鉴于甲方生产麦秆画、麦秆贴画等工艺品，需要对麦秆选料、浸泡、熏蒸、压平（熨烫）、剪裁、粘贴、装裱等工序进行生产追溯管理，乙方拥有“禾艺追溯”生产管理软件并具备相应开发能力，双方依据《中华人民共和国民法典》，经协商一致签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“禾艺追溯”生产管理软件V3.0标准版的使用许可（永久许可，含服务器端一套及工位终端许可40个）。

1.2 乙方根据甲方需求进行定制开发，包括：麦秆压平及熨烫工序温度、时间记录模块；粘贴工序工位扫码及计件模块；成品批次二维码追溯及防伪查询页面；与甲方现有财务软件的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同金额

2.1 本合同总金额为人民币800,000元（大写：捌拾万元整），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | “禾艺追溯”软件V3.0标准版许可（服务器端及40个工位终端） | 1套 | 568,000 |
| 2 | 定制开发（压平熨烫记录、粘贴计件、批次追溯、财务接口） | 1项 | 176,000 |
| 3 | 部署实施及数据初始化 | 1项 | 48,000 |
| 4 | 操作培训 | 1项 | 8,000 |
| | 合计 | | 800,000 |

2.2 上述金额含增值税，不含甲方自行采购的服务器、扫码枪、打印机等硬件。合同签订后，合同金额不因人工价格变化调整。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的60%，即480,000元，乙方收到款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总金额的35%，即280,000元。

3.3 系统上线满三个月后5个工作日内，甲方支付剩余5%，即40,000元。

3.4 甲方未按期付款的，乙方有权暂停开发、实施及技术支持服务，工期相应顺延，且每逾期一日按应付未付金额的千分之一收取滞纳金。

## 第四条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成软件部署和定制开发，具备上线条件后通知甲方。

4.2 甲方应提供符合乙方要求的服务器、网络环境及生产工序资料。因甲方原因导致延期的，工期顺延。

4.4 甲方应指定一名项目联系人，负责需求确认、资料提供和工作协调。需求说明书经甲方签字确认后，甲方提出的需求变更由乙方评估工作量并另行收费。

4.5 乙方交付内容为：软件安装程序、许可授权文件、用户操作手册。定制开发模块以可执行程序形式交付，乙方不提供源代码。

4.3 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统安装完成并在甲方生产现场投入运行之日，即视为系统上线，同时视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条维护服务处理，不影响验收结论及付款。

5.3 甲方在系统上线前可进行功能演示确认，演示内容以乙方标准功能清单为准。演示确认后，定制模块的界面和流程不再调整。

## 第六条 免费维护期

6.1 乙方提供六个月的免费维护期，自系统上线之日起计算。

6.2 免费维护期内，乙方提供软件缺陷修复、电话及远程技术支持。现场服务每次收取差旅费。

6.6 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库；甲方硬件、操作系统或网络故障；病毒感染；甲方人员误操作；甲方要求新增或变更功能。乙方处理上述问题的，按每人天2,800元另行收费。

6.3 甲方发生一级故障（系统无法登录、工位无法扫码）的，乙方在接到甲方报修后8小时内响应；其他故障在2个工作日内响应。

6.4 免费维护期内乙方每月提供一次远程巡检，巡检结果以邮件形式告知甲方。

6.5 乙方将尽力处理故障，但不保证软件无错误运行。因软件故障造成的停工、返工或其他损失，乙方不承担扣款、赔偿或违约金责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费按软件许可费的26%计收，即每年147,680元。

7.2 年度维护服务内容包括软件补丁、版本小升级、远程技术支持。重大版本升级、功能新增需另行付费。

7.3 年度维护费于每个维护年度开始前一次性支付，乙方收款后提供服务。

7.4 甲方不签订维护服务协议的，乙方不再提供任何技术支持，软件出现问题由甲方自行负责。

## 第八条 知识产权

8.1 “禾艺追溯”软件及其全部文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、追溯页面、接口程序及源代码，其知识产权归乙方所有。甲方在合同约定范围内享有非独占的使用权，不得自行修改、反编译或许可第三方使用。乙方有权将定制开发成果纳入标准产品向其他客户提供。

8.3 甲方不得将软件转让、出租或提供给其关联企业使用。甲方增加工位终端的，按乙方当时的报价另行购买许可。

## 第九条 数据

9.1 甲方在系统中录入及生成的生产数据、工艺参数、员工计件及客户信息归甲方所有，乙方仅为提供实施和维护服务而使用，不得用于其他目的。

9.2 乙方远程维护须经甲方同意，并采取账号权限管理、操作日志记录等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复并赔偿由此造成的损失。

9.3 甲方应自行做好数据备份。乙方建议甲方每日备份数据库，乙方可协助甲方配置自动备份任务。

## 第十条 保密

双方对在合作中知悉的对方商业秘密、技术资料和工艺配方负有保密义务，未经对方书面同意不得披露给第三方。保密义务在合同终止后三年内有效。乙方可在其客户名单和宣传材料中使用甲方名称和标识。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方逾期交付的违约责任按第4.3款执行，甲方不得另行主张其他赔偿。

11.3 乙方对甲方的间接损失、利润损失及商誉损失不承担责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面通知后15日内仍未改正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的首期款不予退还，但乙方严重违约的除外。

12.3 合同解除后，甲方应停止使用乙方软件并删除全部安装程序；乙方应在甲方付清已完成工作的费用后，协助甲方导出生产数据。

## 第十三条 法律适用和争议解决

本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件：功能清单、定制开发需求说明。附件与正文不一致的，以正文为准。

14.3 乙方的产品宣传资料、报价单中的内容不构成本合同的组成部分。本合同未尽事宜，以乙方官方网站公布的服务条款为准。

甲方（盖章）：山东麦香坊麦秆画工艺品有限公司　　乙方（盖章）：济南禾艺智联软件有限公司

日期：2025年8月5日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OTJ-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 June 2025 between:
P:(1) Hunan Xiangjiang Heavy Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"); and
P:(2) Waterberg Asset Systems (Pty) Ltd, a company incorporated in the Republic of Namibia with its principal place of business at Hage Geingob Street, Otjiwarongo, Namibia (the "Vendor").
P:The Customer wishes to licence the Vendor's MineCare enterprise asset maintenance software for its equipment service centres and to have the Vendor configure, implement and support it, and the Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MineCare Enterprise Asset Maintenance suite, version 8, in object code, including the work-order, spare-parts, condition-monitoring and mobile-technician modules, and all updates supplied under this Agreement.
P:1.2 "Customisations" means all configurations, reports, workflows, interfaces, data-migration scripts and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's use, including equipment records, service histories, parts inventories and personal information of the Customer's employees and dealers.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Customisations have passed the acceptance tests.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive, enterprise-wide licence to install and use the Software for the internal business purposes of the Customer and its affiliates in the People's Republic of China, for an unlimited number of named users.
P:2.2 The Customer may make copies of the Software for backup, testing, training and disaster-recovery purposes. The licence fee is fully paid upon payment of the instalments in Article 4 and no further licence fee is payable for use within the scope of Article 2.1.
H:Article 3 Services and Price
P:3.1 The Vendor shall provide implementation services (process design, configuration, interfaces with the Customer's SAP ERP and dealer portal, testing and go-live support), data migration from the Customer's legacy maintenance database, and training for administrators and key users.
P:3.2 The total Contract Price is CNY 1,790,000, fixed and inclusive of all taxes, made up of: Licence Fee CNY 1,248,000; Implementation Services CNY 412,000; Data Migration CNY 94,000; Training CNY 36,000.
P:3.3 The Vendor's consultants may work remotely from Namibia and on site in Changsha. Travel and accommodation costs of on-site work are included in the Contract Price.
P:3.4 The Customer shall provide the Vendor's consultants with workspace, network access and the timely information and decisions reasonably required for the implementation.
H:Article 4 Payment
P:4.1 Advance payment: 20% of the Contract Price (CNY 358,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 Installation payment: 45% of the Contract Price (CNY 805,500) within 20 days after the Vendor has installed the Software in the Customer's production environment and the Customer has signed an installation certificate. The installation certificate records delivery only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 626,500) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer against a valid invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and shall complete the implementation so that the system is ready for acceptance testing within 150 days after signature, in accordance with the project plan in Annex 2.
P:5.2 Acceptance tests shall verify that (a) every function listed in the functional specification in Annex 1 works as described; (b) all migrated equipment, service-history and parts records reconcile with the legacy database, with any differences corrected; (c) the SAP and dealer-portal interfaces exchange data without error for ten consecutive working days; (d) work-order screens load within three seconds for 400 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 The Customer shall complete the tests within 15 working days after the Vendor's notice of readiness and shall either issue a Final Acceptance certificate or list the failures. Failures shall be corrected and the tests repeated. Go-live, production use or payment shall not constitute or imply acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customisations will perform materially in accordance with the functional specification and the documentation for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 9% of the Licence Fee (CNY 112,320 per year) and is fixed for the first three years after the Warranty Period. Support is ordered by the Customer year by year; it does not renew automatically.
P:6.3 Support levels apply during the Warranty Period and any support year. A Severity 1 defect (the system is down or work orders cannot be created or closed) shall receive a response within one (1) hour, with a workaround within eight hours and a permanent fix within five working days. A Severity 2 defect shall receive a response within two hours. Support is provided in Chinese and English.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Customisations vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify, and license them to third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Customisations infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development, whether or not the data is anonymised.
P:8.2 The Software shall be hosted in the Customer's data centre in Changsha. The Vendor shall access Customer Data only through the Customer's remote-access gateway, with named accounts, multi-factor authentication and session logging, and shall not copy Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer of any actual or suspected security incident within twelve hours, shall cooperate in remediation, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to have the system ready for acceptance testing by the date in Article 5.1, or fails to achieve Final Acceptance within 60 days after that date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 and 9, infringement claims under Article 7.3, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted, and the Customer may recover its direct losses.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Namibia.
P:13.2 Any dispute arising out of this Agreement shall first be referred to the parties' senior managers for negotiation. If it is not resolved within 30 days, it shall be finally settled by arbitration in Windhoek, Namibia, under the Arbitration Act of Namibia, in the English language, before a single arbitrator.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to mitigate.
P:14.2 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties and may be amended only in writing signed by both parties.
P:14.3 Notices shall be given in writing in English or Chinese to the addresses stated above, by courier or by e-mail with confirmation of receipt, and take effect on receipt.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM — SafariDesk Tour Operations Cloud

Order Form No. SD-CN-0417 · Date: 23 May 2025

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B is attached and forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Chobe Digital Travel Systems (Pty) Ltd, Plot 318, President Avenue, Kasane, Republic of Botswana.

**Customer:** Guangzhou Yuexing International Travel Service Co., Ltd., Tianhe District, Guangzhou, People's Republic of China.

### A2. Subscribed Services

SafariDesk Tour Operations Cloud, Professional Edition: itinerary building, supplier contracting (lodges, guides, transfers), group booking, quotation, invoicing in CNY and USD, traveller documents and mobile traveller app, for up to 180 named users of the Customer. Data is hosted in the Provider's Alibaba Cloud tenancy in the Shanghai region.

### A3. Subscription Term

The Subscription Term is two Subscription Years (24 months) beginning on the Subscription Start Date, which is the date of Go-Live Acceptance under A5. There is no automatic renewal. Any further term requires a new Order Form signed by both parties, at fees then agreed.

### A4. Fees and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 named users, fixed | 268,000 |
| Subscription fee, Subscription Year 2 | 180 named users, fixed | 268,000 |
| Onboarding (configuration, data import, API connection to Customer's finance system, training) | one-time | 42,000 |
| **Total Order Value** | | **578,000** |

Subscription fees are invoiced quarterly in arrears in equal instalments of CNY 67,000. The onboarding fee is invoiced after Go-Live Acceptance. Nothing is payable before the Subscription Start Date. Invoices are payable within 30 days. Prices include VAT. Additional named users may be added at CNY 1,490 per user per Subscription Year, pro rata.

### A5. Onboarding and Go-Live Acceptance

The Provider shall complete onboarding within 45 days after signature of this Order Form. Go-Live Acceptance tests shall show that: (a) the Customer's 2024 and 2025 supplier contracts and rate sheets are loaded and reconcile with the Customer's records; (b) a complete group tour can be quoted, booked, invoiced and documented end to end; (c) invoices post to the Customer's finance system without manual rework for five consecutive working days; and (d) user training has been completed. The Customer shall sign a Go-Live Acceptance certificate or list the failures within ten working days after the Provider's notice. Use of the service before that certificate is not acceptance.

If Go-Live Acceptance is delayed beyond the 45-day period for reasons attributable to the Provider, the Provider shall pay CNY 350 for each day of delay.

### A6. Contacts

Provider account manager: T. Molefe, accounts@chobedigital.example. Customer project manager: Ms Chen Lu, IT Department.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 The Provider shall make the Subscribed Services available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as Severity 1 (the service is unavailable or bookings cannot be made), Severity 2 (a major function is impaired) and Severity 3 (other issues). The Provider shall respond to Severity 1 incidents within 30 minutes, around the clock, and restore service within three hours; Severity 2 incidents within two hours during business hours.

1.3 If monthly availability falls below the commitment in 1.1, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point (or part) below it, up to half the monthly fee. A missed Severity 1 response time gives a further credit of CNY 800 per hour. Credits are deducted from the next invoice.

1.4 The Provider shall send a monthly service report showing availability, incidents, response times and credits.

### 2. Customer Data

2.1 All data that the Customer or its users enter into the service, including traveller personal information, bookings and supplier contracts ("Customer Data"), belongs to the Customer.

2.2 The Provider shall use Customer Data only to provide the Subscribed Services to the Customer and shall not use it for any other purpose, including analytics, aggregation or product development.

2.3 At the end of the Subscription Term the Provider shall, at the Customer's choice, return Customer Data in CSV format and then delete it within 30 days, and confirm deletion in writing.

### 3. Data Security

3.1 The Provider shall keep Customer Data in data centres in mainland China, maintain ISO/IEC 27001 certification and an MLPS level 3 filing for the service, encrypt data in transit and at rest, restrict access to authorised personnel on a need-to-know basis with multi-factor authentication, and log administrative access.

3.2 The Provider shall comply with the PRC Personal Information Protection Law and the Data Security Law, notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, provide the information the Customer needs to meet its own obligations, and bear the costs and losses caused by an incident attributable to the Provider.

### 4. Subcontractors and Subprocessors

4.1 The Provider may engage subcontractors and subprocessors, including hosting providers, support centres and development contractors, to perform any part of the Subscribed Services. The Provider lists its current subcontractors on its trust page and will update that list when it adds or replaces a subcontractor. The Customer's consent is not required.

4.2 The Provider remains responsible for the performance of its subcontractors.

### 5. Intellectual Property

5.1 The SafariDesk platform, including all improvements, remains the Provider's property. The Customer receives a non-exclusive right to use it during the Subscription Term.

5.2 Configurations, templates, itinerary designs, reports and integration mappings created for the Customer during onboarding or later belong to the Customer, which may use, modify and have them used by third parties freely, also after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties other than advisers and permitted subcontractors bound by equivalent duties. These obligations continue for three years after the Subscription Term.

### 7. Warranties

7.1 The Provider warrants that the Subscribed Services will perform materially in accordance with the documentation and that it will not materially reduce their functionality during the Subscription Term.

7.2 The Provider warrants that the service does not infringe any third party's rights and will defend the Customer against any such claim at its own cost.

### 8. Customer Responsibilities

8.1 The Customer is responsible for its users' compliance with this Order Form, for keeping passwords secure, and for the accuracy of the data it enters.

8.2 The Customer shall not resell the service, attempt to reverse engineer it, or use it to send unsolicited messages. The Provider may suspend an individual user account that is used in breach of this section after notifying the Customer, and shall restore it as soon as the breach has stopped.

8.3 The Customer shall provide the data, contacts and decisions reasonably needed for onboarding in time for the 45-day period in A5.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

9.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid and payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

9.3 The limits in 9.1 and 9.2 do not apply to the Customer's payment obligations, to breach of section 3, or to death or personal injury caused by negligence.

### 10. Term and Termination

10.1 This Order Form starts on signature and ends at the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.3 On termination by the Customer for the Provider's breach, the Provider shall refund any fees paid for the period after termination and provide the exit assistance in 2.3.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices must be in writing and sent to the contacts in A6. Either party may change its contact by notice.

12.3 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party and resumes performance as soon as possible. The Customer may terminate if such an event prevents the service for more than 30 days.

12.4 This Order Form is the entire agreement of the parties on its subject and may be amended only in writing.


Signed for the Provider: ____________________   Signed for the Customer: ____________________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR BARN CLIMATE SENSORS AND MONITORING SOFTWARE
P:Contract No. MNDG-IT-2025-033 (Buyer's standard form)
P:Buyer: Inner Mongolia Caoyuan Dairy Farming Group Co., Ltd., Jinqiao Development Zone, Hohhot, Inner Mongolia, People's Republic of China.
P:Supplier: Kalahari AgriSense (Pty) Ltd, Church Street, Gobabis, Omaheke Region, Republic of Namibia.
P:The Buyer operates fourteen dairy farms and wishes to monitor temperature, humidity, ammonia and ventilation in its cow barns. The Supplier manufactures barn climate sensors and gateways and owns the HerdAir monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the HerdAir monitoring software licensed under clause 4, including the alarm, dashboard and reporting modules and the mobile application.
P:1.3 "Deliverables" means the installation designs, configuration files, interface programs to the Buyer's herd management system and all documents prepared by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate issued under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the system at the fourteen farms, integrate it with the Buyer's herd management system and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,690,000, fixed and inclusive of VAT, delivery to each farm, import duties, insurance, installation and all other costs of the Supplier, as set out in the table below.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Barn climate sensor (temperature, humidity, ammonia, CO2)|420 units at CNY 1,680|705,600
TB:2|LoRa gateway with 4G backhaul|36 units at CNY 8,900|320,400
TB:3|HerdAir monitoring software licence, perpetual, fourteen farms|1 licence|386,000
TB:|Equipment and Software Licence Subtotal||1,412,000
TB:4|Installation and commissioning at fourteen farms|1 lot|164,000
TB:5|Integration with herd management system|1 lot|88,000
TB:6|Training of farm managers and technicians|1 lot|26,000
TB:|Contract Price||1,690,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 169,000) within 15 working days after signature, against an advance-payment guarantee.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 929,500) within 15 working days after the Equipment has been delivered and installed at all farms and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 591,500) within 15 working days after Final Acceptance.
P:3.4 Each payment is made by bank transfer in CNY against the Supplier's VAT invoice.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software at the Buyer's farms and head office, for any number of users, and to install it on the Buyer's own servers in Hohhot.
P:4.2 The Software remains the property of the Supplier.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to all farms within 60 days after signature and complete installation and commissioning within 45 days after delivery, in the farm order agreed with the Buyer so that milking is not disturbed.
P:5.3 Title and risk in the Equipment pass to the Buyer on signature of the installation record for the relevant farm. Until then the Supplier bears the risk of loss and damage, including during customs clearance and transport from Namibia.
P:5.4 The Supplier shall provide the Buyer's technicians with installation drawings for every barn showing the position and identification number of each sensor and gateway.
P:5.2 The Supplier's staff shall comply with the Buyer's biosecurity rules, including disinfection and protective clothing on every barn visit.
H:6. Acceptance
P:6.1 After commissioning the system shall run for a trial period of 30 days.
P:6.2 Final Acceptance tests shall show that: (a) every sensor reports to the Software at the configured interval, with no more than two missed readings per sensor per day over the trial period; (b) sensor readings deviate from a calibrated reference instrument by no more than 0.5 degrees Celsius and 3% relative humidity at sampled points; (c) alarms reach the farm manager's mobile phone within 60 seconds of a threshold being exceeded; (d) barn climate data is transferred to the herd management system every hour without error; and (e) the documentation and training are complete.
P:6.3 The Buyer shall carry out the tests within ten working days after the Supplier's notice and shall sign a Final Acceptance certificate or state the failures in writing. Installation, use of the system or any payment does not constitute acceptance.
H:7. Warranty and Post-Warranty Support
P:7.1 The warranty period for the Equipment and the Software is thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, correct Software defects and provide Software updates free of charge, including parts, labour and freight.
P:7.2 After the warranty period, the Buyer may order annual support at 7% of the Equipment and Software Licence Subtotal (CNY 98,840 per year). This fee is fixed for the two years following the warranty period and thereafter may not be increased by more than 3% per year. Support is ordered by separate purchase order each year and does not renew automatically.
P:7.3 The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:8. Service Levels
P:8.1 During the warranty period and any support year, the HerdAir server application shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:8.2 A Priority 1 fault (the Software is unavailable, or alarms are not sent for one or more barns) shall receive a response within thirty (30) minutes and be resolved within six hours. A Priority 2 fault (one or more sensors or a gateway fail) shall receive a response within two hours, and a replacement unit shall be installed within three working days.
P:8.3 For each hour by which a Priority 1 response or resolution time is exceeded, the Supplier shall pay CNY 1,200. For each 0.01 percentage point by which monthly availability falls below 8.1, the Supplier shall pay CNY 600. The Buyer may deduct these amounts from any payment or from the warranty guarantee.
H:9. Intellectual Property
P:9.1 All rights in the Deliverables belong to the Buyer from their creation. The Supplier shall hand over their source files, and the Buyer may use, modify and license them to any third party without further consent or payment.
P:9.2 The Supplier warrants that the Equipment, the Software and the Deliverables do not infringe any third party's rights and shall indemnify the Buyer against any such claim.
H:10. Data Protection and Security
P:10.1 All data collected by the sensors and processed by the Software, including barn climate readings, alarm records and farm staff contact details, belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose, including aggregated or anonymised research.
P:10.2 The Software shall run on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication, and is logged. The Supplier shall not copy data outside the Buyer's systems.
P:10.3 The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law, report any security incident within six hours, assist in remediation and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep the other party's non-public business and technical information confidential, use it only for this Contract and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:12. Delay Damages and Liability
P:12.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 9.2, 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages under 12.1 have accrued for more than 60 days.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund payments received for Equipment and services that are not accepted and compensate the Buyer's direct losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese, both equally authentic. It takes effect on signature by both parties.
P:16.2 Neither party is liable for a delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure continues for more than 60 days, either party may terminate by written notice.
P:16.3 Amendments are valid only if made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** HWG-MS-2025-07 · **Date:** 14 July 2025

**Customer:** Shanxi Taihang Coal Machinery Co., Ltd., Xiaodian District, Taiyuan, Shanxi Province, People's Republic of China.

**Service Provider:** Hwange Coalfield Technologies (Private) Limited, Baobab Hill, Hwange, Matabeleland North, Republic of Zimbabwe, acting through its Taiyuan representative office.

The Customer wishes to outsource the operation of its service desk, end-user support and server and network monitoring for its head office and four plants. The Service Provider offers managed IT services. The parties agree as follows.

## 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Charges"** means the charges set out in Schedule 2.

1.3 **"Service Levels"** means the service levels and service credits in Schedule 3.

1.4 **"Customer Data"** means all data of the Customer, its employees and its customers that the Service Provider receives, accesses or processes in providing the Services, including data held on the Customer's servers, end-user devices and ticketing records.

1.5 **"Transition"** means the take-over of the Services from the Customer's internal team, as described in Schedule 1, Part A.

## 2. Term

2.1 This Agreement begins on the date of signature. The Initial Term of the Services is thirty-six (36) months beginning on the Service Commencement Date, which is the day after Transition Acceptance.

2.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further period of one year unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term.

2.3 For each renewal term the Service Provider may revise the Charges to its standard rate card then in force by giving the Customer 60 days' written notice. The revised Charges apply from the first day of the renewal term.

## 3. Services

3.1 The Service Provider shall perform the Services with suitably qualified staff, in accordance with good industry practice, ITIL processes and the Customer's reasonable IT policies notified to it.

3.2 The Service Provider shall provide a dedicated service manager and on-site engineers at the head office and the two largest plants during the support hours in Schedule 1. Other sites are supported remotely and by visits.

3.3 The Service Provider shall hold a monthly service review with the Customer and provide a monthly report on ticket volumes, Service Level performance, service credits, open problems and improvement actions.

## 4. Transition and Acceptance

4.1 The Service Provider shall complete Transition within 60 days after signature of this Agreement.

4.2 Transition Acceptance requires that: (a) all assets and accounts in the Customer's inventory are recorded in the Service Provider's configuration database and reconciled with the Customer's asset register; (b) monitoring covers every server, switch and firewall listed in Schedule 1; (c) runbooks for all critical systems have been approved by the Customer; (d) a parallel run of 14 days shows that at least 95% of tickets were resolved within the Service Level targets; and (e) knowledge transfer from the Customer's team is documented.

4.3 The Customer shall issue a Transition Acceptance certificate or list the failures within ten working days after the Service Provider's notice. Starting to provide the Services is not acceptance.

4.4 If Transition Acceptance is delayed beyond the period in 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2 and include all costs of the Service Provider, including staff, tools, travel and taxes.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. No payment is due in advance.

5.3 Invoices are payable within 30 days after receipt by bank transfer in CNY.

## 6. Customer Responsibilities and Changes

6.1 The Customer shall give the Service Provider's staff access to its sites, systems and information as reasonably required, provide desks and network connections for on-site engineers, and nominate a contract manager.

6.2 Either party may request a change to the Services. The Service Provider shall reply within ten working days with the effect of the change on the Charges, staffing and Service Levels. No change is binding until both parties have signed a change note.

6.3 Additional work outside the Services is performed only on the Customer's written order at the day rate in Schedule 2.

6.4 The Service Provider shall maintain public liability and professional indemnity insurance with reputable insurers for the Initial Term and any renewal term and shall show the certificates to the Customer on request.

## 7. Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Service Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any purpose of its own.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, including the Customer's network diagrams, passwords, production plans and pricing, use it only for this Agreement and disclose it only to its staff who need to know it. This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, configuration records, scripts, knowledge articles and reports produced by the Service Provider for the Customer belong to the Customer, which may use and modify them and give them to a successor provider.

9.2 The Service Provider's monitoring and ticketing tools remain its property. On exit the Service Provider shall export all Customer records from these tools in a usable format.

## 10. Personnel and Subcontracting

10.1 The Service Provider shall not replace the service manager without the Customer's consent, which shall not be unreasonably withheld.

10.2 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. Liability

11.1 The Service Provider's total liability under this Agreement is limited to 150% of the total Charges for the Initial Term. The limit does not apply to death or personal injury, wilful misconduct or breach of clause 8.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach that is not remedied within 30 days after notice, or if the Service Provider fails the same Service Level in three consecutive months.

12.2 On expiry or termination the Service Provider shall provide exit assistance for up to 90 days at the then-current Charges, hand over all documentation, credentials and records, and cooperate with any successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

13.3 Notices shall be in writing and delivered to the addresses above. This Agreement, with its Schedules, is the entire agreement between the parties and may be amended only in writing signed by both parties.


## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Inventory, knowledge transfer, tool set-up, runbooks, parallel run |
| B | Service desk | Chinese-language service desk for about 1,350 users, telephone, e-mail and portal, 07:30 to 20:00 on working days, on-call at other times |
| C | End-user support | Desktops, laptops, printers and mobile devices at head office and four plants; installation, moves and repairs |
| D | Server and network monitoring | 86 servers, 142 switches, 9 firewalls; monitoring, patching, backup checks, capacity reports |
| E | Problem and change management | Root-cause analysis, change advisory board, monthly reports |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 72,000 |
| Monthly Service Charge | fixed, 36 months × 58,000 | 2,088,000 |
| Total Charges for the Initial Term | | 2,160,000 |
| Additional work outside the Services | per engineer day, on written order | 2,600 |

## Schedule 3 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | A plant production system, the ERP or the core network is down | 15 minutes | 3 hours | 3% of the Monthly Service Charge per incident |
| P2 | A department or a critical user cannot work | 1 hour | 8 working hours | 1% of the Monthly Service Charge per incident |
| P3 | A single user affected, workaround available | 6 working hours | 3 working days | none |
| P4 | Requests and questions | 1 working day | 5 working days | none |

Service credits in a month are capped at 20% of the Monthly Service Charge and are deducted from the next invoice.

Signed for the Customer: ____________________   Signed for the Service Provider: ____________________
"""

SRC["e05"] = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. LDZ-OD-2025-112
Date: 2 September 2025

PARTIES

Provider: Namib Ocean Data (Pty) Ltd, Bay Road, Luderitz, Karas Region, Republic of Namibia.
Customer: Zhoushan Haixing Ocean Fisheries Co., Ltd., Putuo District, Zhoushan, Zhejiang Province, People's Republic of China.

BACKGROUND

The Customer operates a fleet of distant-water fishing vessels. The Provider compiles sea-surface temperature, chlorophyll, current and wave forecasts, vessel-position feeds and port information, and delivers them through an application programming interface (the "API"). The Customer wishes to subscribe to the API and to have the Provider integrate it with the Customer's fleet management platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Start Date" means the date of Integration Acceptance under clause 5.
1.2 "Subscription Year" means the first year beginning on the Subscription Start Date and the second year beginning on its first anniversary. The Subscription Term is the two Subscription Years.
1.3 "Provider Data" means the oceanographic datasets, forecasts, derived layers and vessel-position feeds made available through the API.
1.4 "Customer Data" means data the Customer uploads or transmits through the API or the integration, including its own vessels' positions, catch logs, fishing-ground selections, queries and user account data.
1.5 "Integration" means the connection of the API to the Customer's fleet management platform, including the data mappings, map layers and dashboards built for the Customer.

2. SUBSCRIPTION

2.1 During the Subscription Term the Provider grants the Customer a non-exclusive, non-transferable right to call the API and to use the Provider Data for the internal operations of the Customer and its vessels, for up to 60 vessels and 40 shore-based users.
2.2 The Customer may store Provider Data retrieved during the Subscription Term in its own systems and continue to use those historical records for its internal purposes after the Subscription Term. The Customer may not resell or publish Provider Data.
2.3 The API allows up to 200,000 calls per day. Calls above that volume are charged under clause 3.4.
2.4 The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new written agreement. There is no automatic renewal.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 346,000 per Subscription Year, CNY 692,000 for the two Subscription Years. The integration fee is CNY 38,000, one-time. The total fixed price of this Agreement is CNY 730,000, inclusive of VAT.
3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of the invoice.
3.3 The integration fee is invoiced after Integration Acceptance and is payable within 30 days.
3.4 Calls above the daily volume in clause 2.3 are charged at CNY 0.02 per call, invoiced quarterly in arrears.
3.5 No amount is payable before the Subscription Start Date.

4. INTEGRATION SERVICES

4.1 The Provider shall build the Integration within 40 days after signature of this Agreement. The work includes API credentials and key management, data mappings to the Customer's fleet management platform, six map layers (temperature, chlorophyll, currents, waves, vessel positions, port information), a fishing-ground dashboard and training for the Customer's fleet operations staff.
4.2 The Customer shall give the Provider test access to its platform and nominate a technical contact.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance tests shall show that: (a) every layer in clause 4.1 loads in the Customer's platform and is refreshed at the interval stated in the Data Description; (b) forecast values shown in the platform match the values returned by the API for a sample of at least 200 points; (c) vessel positions are displayed with a delay of not more than 15 minutes for ten consecutive days; and (d) training has been completed.
5.2 The Customer shall run the tests within ten working days after the Provider's notice and either sign an Integration Acceptance certificate or list the failures. The Provider shall correct failures and the tests shall be repeated. Use of the data before signature of the certificate is not acceptance.
5.3 If Integration Acceptance is delayed beyond the 40-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, by deduction from the integration fee or the first invoice.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to refresh the Provider Data in accordance with the Data Description.
6.2 The Provider will provide technical support by e-mail and through its support portal during its business hours in Namibia and will use commercially reasonable efforts to answer support requests promptly.
6.3 The Provider may carry out maintenance of the API from time to time and will try to give the Customer advance notice of planned maintenance.

7. CUSTOMER OBLIGATIONS AND API CHANGES

7.1 The Customer shall keep its API keys secure, shall ensure that only its authorised users and vessels use the API, and shall inform the Provider without delay if it suspects that a key has been misused.
7.2 The Customer shall not use the API in a way that disrupts the service, including automated calls beyond the volume in clause 2.3 without prior arrangement.
7.3 The Provider may improve the API and the Provider Data during the Subscription Term. It shall not remove a data layer listed in clause 4.1 or materially reduce its coverage, and shall give the Customer at least 60 days' notice of any change that requires the Customer to modify the Integration.

8. DATA QUALITY

8.1 The Provider warrants that the Provider Data is compiled with reasonable skill and care from sources described in the Data Description and will correct errors in the data that the Customer reports to it.
8.2 Forecasts are estimates. The Customer remains responsible for navigation and fishing decisions and for the safety of its vessels.

9. CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and the Integration to the Customer and shall not use it for any other purpose, including improving its datasets, aggregation with other customers' data or resale.
9.2 The Provider shall host the API endpoints that receive Customer Data in a data centre in mainland China, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and hold an MLPS level 2 filing for the service.
9.3 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall take remedial measures, and shall compensate the Customer for losses caused by incidents attributable to the Provider.
9.4 At the end of the Subscription Term the Provider shall return Customer Data on request and delete it within 30 days, and confirm the deletion in writing.

10. INTELLECTUAL PROPERTY

10.1 The Provider Data and the API remain the property of the Provider and its data suppliers.
10.2 The data mappings, map layer configurations and dashboards created for the Customer under the Integration belong to the Customer, which may use, modify and have them maintained by any third party.
10.3 The Provider shall defend the Customer against any claim that the use of the API or the Provider Data in accordance with this Agreement infringes a third party's rights.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 200% of the total fixed price in clause 3.1.
11.2 The limit does not apply to breach of clause 9, to infringement claims under clause 10.3, or to wilful misconduct.
11.3 Neither party is liable for loss of profit or indirect loss.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract the Integration or any processing of Customer Data without the Customer's prior written consent.
12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
13.2 If the Customer terminates for the Provider's breach, the Provider shall refund the part of the subscription fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including satellite outages, provided it notifies the other party promptly.
15.2 Notices shall be in writing in English or Chinese and sent to the addresses of the parties above.
15.3 This Agreement, with the Data Description in the Annex, is the entire agreement between the parties and may be amended only in writing signed by both parties.

ANNEX - DATA DESCRIPTION (SUMMARY)

Sea-surface temperature: daily, 4 km grid. Chlorophyll: daily, 4 km grid. Currents and waves: forecasts up to seven days, refreshed every six hours. Vessel positions: AIS and satellite feeds, refreshed every 15 minutes. Port information: updated weekly.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

FILES = {
    "z01": ("h717z01_auction_filing_platform_commerce_bureau", "pdf"),
    "z02": ("h717z02_mosquito_net_line_control_retrofit", "docx"),
    "z03": ("h717z03_magic_school_chain_booking_saas", "txt"),
    "z04": ("h717z04_village_bank_credit_system_om", "txt"),
    "z05": ("h717z05_straw_painting_tracking_supplier_template", "md"),
    "e01": ("h717e01_asset_maintenance_licence_namibian_vendor", "pdf"),
    "e02": ("h717e02_tour_operations_saas_order_form", "md"),
    "e03": ("h717e03_barn_climate_sensors_monitoring", "docx"),
    "e04": ("h717e04_managed_it_services_36_months", "md"),
    "e05": ("h717e05_marine_data_api_subscription", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (TERM_KEYS order), sla_clause, ld_stated, capped, deemed, value, fee base, forum outside, design rules
L = {
 "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
         True, True, True, False, 1960000, 1126000, False, []),
 "z02": ("hardware", [99.5, 0.75, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, True, "PRC", G],
         True, True, True, False, 1650000, 1416000, False, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "z03": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 400 / 494000 * 100, 6 / 24 * 100, None, True, None, None, None,
                   True, True, False, "PRC", S],
         True, True, None, False, 494000, None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
 "z04": ("services", [None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, False, False,
                      "PRC", S],
         True, False, None, False, 386000, None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, None, 60, False, False, 6, 26, False, True, None, "PRC", G],
         True, True, True, True, 800000, 568000, False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
          "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True, False, "Namibia", G],
         True, True, True, False, 1790000, 1248000, True, ["CR-GOVERNING-LAW"]),
 "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 350 / 578000 * 100, 9 / 24 * 100, None, True, None, None, None,
                   False, True, True, "PRC", S],
         True, True, None, False, 578000, None, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
         True, True, True, False, 1690000, 1412000, False, []),
 "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None, True, None, None, None, True,
                      True, False, "PRC", S],
         True, True, None, False, 2160000, None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
 "e05": ("cloud", [None, None, False, "buyer", True, True, False, 500 / 730000 * 100, 200, None, True, None, None, None, False, True,
                   False, "PRC", S],
         False, True, None, False, 730000, None, False, ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# price items and payment shares (asserted against the totals)
SUMS = {
 "z01": ([1126000, 684000, 118000, 32000], [20, 45, 35]),
 "z02": ([828000, 228000, 96000, 264000, 138000, 72000, 24000], [20, 45, 35]),
 "z03": ([2 * 30 * 6800, 86000], None),
 "z04": ([4 * 96500], None),
 "z05": ([568000, 176000, 48000, 8000], [60, 35, 5]),
 "e01": ([1248000, 412000, 94000, 36000], [20, 45, 35]),
 "e02": ([268000, 268000, 42000], None),
 "e03": ([420 * 1680, 36 * 8900, 386000, 164000, 88000, 26000], [10, 55, 35]),
 "e04": ([72000, 36 * 58000], None),
 "e05": ([2 * 346000, 38000], None),
}


def tco_share(key):
    cat, t, sla, lds, capped, deemed, value, base, forum, rules = L[key]
    d = dict(zip(TERM_KEYS, t))
    if d["contract_kind"] != G or d["post_warranty_fee_pct"] is None:
        return None
    post = max(0, 60 - d["warranty_months"]) / 12 * d["post_warranty_fee_pct"] / 100 * base
    return post / (value + post) * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    cat, t, sla, lds, capped, deemed, value, base, forum, _ = L[key]
    d = dict(zip(TERM_KEYS, t))
    goods = d["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not d["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if d["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lds:
        r.add("CR-LD-MISSING")
    elif d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not d["acceptance_clause"] or deemed or d["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if d["warranty_months"] is None or d["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if d["post_warranty_fee_pct"] is None or not capped or d["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if d["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if d["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if d["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (d["governing_law"] not in (None, "PRC")) or forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    cat, t, sla, lds, capped, deemed, value, base, forum, rules = L[key]
    stem, ext = FILES[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, t)), "expected_extra": extra, "expected_rules": sorted(rules)}


NUM = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [
    NUM + r"99\.90*(?!\d)", r"99\.9(?!\d)",
    NUM + r"4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*-?\s*hours?", r"(?<![十\d两])四个?小时",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:per\s*cent|percent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:per\s*cent|percent)",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen\s*(?:per\s*cent|percent)",
    NUM + r"0\.050*" + PCT, NUM + r"0\.05(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"12\s*-?\s*(?:months?|个月)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?",
    NUM + r"5\s*-?\s*(?:years?|年(?!\d))", r"(?<![十\d〇零一二三四五六七八九])五年", r"\bfive\s*-?\s*years?",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "4个小时", "four hours", "100%", "100 per cent",
            "30%", "30 %", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "0.05%", "0.05 per cent", "万分之五",
            "12 months", "12-month", "12个月", "十二个月", "twelve (12) months", "twelve months", "5 years", "五年",
            "five years", "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "14 hours", "2025年", "130%", "115%", "140%", "300%",
             "0.055%", "万分之五十", "12个工作日", "36个月", "30日", "15日", "45%", "35%", "1.5%", "2 hours", "4 km",
             "24 months", "twenty-four (24) months", "150%", "0.5%", "万分之八", "百分之三十五"]


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {}
    for key, (stem, ext) in FILES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(SRC, targets, OUT, wrap_words=True)
    for key in FILES:
        stem = FILES[key][0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), indent=1, ensure_ascii=False), encoding="utf-8")

    # regex self-test
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s).group(0))

    fired = set()
    ok = True
    for key, (stem, ext) in FILES.items():
        text = read_back(OUT / (stem + "." + ext))
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            good = 2750 <= n <= 3000
        else:
            n = len(text.split())
            good = 1450 <= n <= 1650
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(form)
            assert not m, (key, "threshold figure in text", m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        if key == "e05":
            assert "confiden" not in text.lower() and "保密" not in text
        cat, t, sla, lds, capped, deemed, value, base, forum, rules = L[key]
        d = dict(zip(TERM_KEYS, t))
        assert d["availability_pct"] != 99.9 and d["p1_response_hours"] != 4 and d["ld_rate_per_day_pct"] != 0.05
        assert d["liability_cap_pct"] != 100 and d["prepayment_pct"] != 30 and d["warranty_months"] != 12
        assert d["post_warranty_fee_pct"] != 15
        sh = tco_share(key)
        assert sh is None or abs(sh - 40) > 2, (key, sh)
        items, shares = SUMS[key]
        assert sum(items) == value, (key, sum(items), value)
        assert shares is None or sum(shares) == 100
        if d["prepayment_pct"] is not None:
            assert d["prepayment_pct"] == shares[0]
        der = derive(key)
        assert der == sorted(rules), (key, der, sorted(rules))
        fired |= set(der)
        risk = "high" if any(r in HIGH for r in der) else ("medium" if any(r not in LOW for r in der) else "low")
        print("%s %-52s %s=%d %s tco=%s rules=%s risk=%s" % (key, stem + "." + ext, "chars" if key[0] == "z" else "words",
              n, "ok" if good else "OUT OF RANGE", None if sh is None else round(sh, 1), ",".join(der) or "-", risk))
        ok &= good
    assert ok, "length out of range"
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    mix = {k: derive(k) for k in FILES}
    assert sorted(k for k in mix if not mix[k]) == ["e03", "z01"]
    assert mix["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(mix["z05"]) <= 10
    assert sorted(k for k in mix if 2 <= len(mix[k]) <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed")


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

if __name__ == "__main__":
    main()
