"""holdout1088: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (rules derived from the labels by policy §3, coverage, lengths, no threshold figures).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市药品监督管理局药品追溯协同服务平台采购合同
P:合同编号：SYJ-ZS-2027-018
P:采购人（甲方）：市药品监督管理局
P:供应商（乙方）：江苏衡鉴信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号SZCG-2027-0412）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供药品追溯协同服务平台软件许可（永久使用许可，不限用户数），并按甲方需求完成定制开发，包括：企业追溯数据接入网关、疫苗及特殊药品追溯码核验模块、监管驾驶舱、与省级药品追溯监管平台及本局行政审批系统的数据接口。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、历史数据导入、等保测评整改配合以及用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾捌万陆仟元整（¥2,186,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及乙方完成本项目的全部费用。
P:2.2 分项价格如下：平台软件许可费¥1,280,000；定制开发费¥760,000；部署实施及数据导入费¥110,000；培训费¥36,000。
P:2.3 合同履行期间，除经甲方书面确认的需求变更外，甲方不承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计¥437,200。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥983,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥765,100。
P:3.4 甲方以财政国库集中支付方式付款，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起90日内完成平台部署及定制开发并提交初步验收申请，于初步验收后进入三个月试运行。
P:4.2 乙方应在项目启动后10个工作日内提交实施方案、进度计划及人员名单，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 乙方应按月向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段安排；甲方有权对实施过程进行检查并提出整改意见。
P:4.4 乙方应为甲方系统管理员、各区县分局业务人员及药品经营企业代表分别组织培训，培训不少于6场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：（一）需求规格说明书所列功能全部实现并经甲方逐项测试通过；（二）与省级追溯监管平台、行政审批系统的接口连续10个自然日数据交换无差错；（三）500个并发用户条件下，普通查询响应时间不超过2秒，追溯码核验响应时间不超过1秒；（四）历史数据导入后经全量比对无缺失、无错码。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的等级保护测评及商用密码应用安全性评估结论为符合；乙方已移交全部源代码、数据库设计文档、接口文档和运维手册。
P:5.3 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和远程技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥115,200），且在质保期满后的三个服务年度内不作上调；维护合同逐年另行签订，不自动续期。
P:6.3 质保期内乙方应每季度对平台进行一次巡检，提交巡检报告，并在国家或省级追溯编码规则调整后30日内完成免费适配。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方同意并提前公告的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或追溯码核验中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个版本中修复。
P:7.3 乙方未达到7.1约定的，月可用率每低于约定值0.01个百分点，扣减维护费或从应付款中扣除¥2,000；一级故障响应每超时1小时，乙方支付¥1,000。
H:第八条 知识产权
P:8.1 定制开发形成的源代码、接口程序、数据库脚本、文档及其他成果的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业追溯数据、监管数据及日志均属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作通过甲方堡垒机进行并全程审计，不得擅自导出数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政、法律责任。
P:9.4 合同终止或质保期满时，乙方应将其因履行本合同接触的全部甲方数据交还甲方，并删除其保有的任何副本，删除情况应书面确认。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、监管信息、企业商业秘密及系统架构、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担连带责任。乙方不得以任何形式宣传或披露本项目的实施细节。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:16.2 本合同一式六份，甲方四份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：________　　乙方（盖章）：________
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：KL-SB-2027-031
P:甲方：福建康乐驰电动按摩椅制造有限公司
P:乙方：厦门精控自动化工程有限公司
P:甲方为提高电动按摩椅总装及检测生产线的自动化水平，委托乙方对其六条总装线的控制系统进行改造，包括控制柜、伺服驱动、人机界面、数据采集设备及相关软件的供货、安装、调试。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造范围为甲方厂区二号车间第一至第六总装线及配套的气密检测、功能检测工位，具体以附件一《技术规格书》为准。
P:1.2 乙方负责设备供货、旧控制柜拆除、新系统安装接线、PLC及人机界面程序编写、与甲方现有ERP系统的数据对接、分线切换调试及操作培训。改造期间每次停线不得超过48小时，并应安排在甲方指定的周末或节假日进行。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），含税、运输、保险、安装调试及培训等全部费用。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜改造（含柜体、PLC、低压电器）|6套|128,000|768,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|工业触摸屏（人机界面）|24台|5,500|132,000
TB:4|边缘数据采集网关|12台|9,000|108,000
TB:5|产线控制软件许可|6套|30,000|180,000
TB:6|MES数据采集软件许可|1套|100,000|100,000
TB:|软硬件小计|||1,600,000
TB:7|安装调试及停线切换|1项|236,000|236,000
TB:8|操作及维护培训|1项|44,000|44,000
TB:|合计|||1,880,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或汇率变化调整。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，计¥376,000。
P:3.2 全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的55%，计¥1,034,000。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的25%，计¥470,000。
P:3.4 乙方应在每期付款前开具合法有效的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并在到货后60日内完成六条产线的改造和调试。
P:4.2 乙方应提交分线切换方案，经甲方生产部门书面确认后实施；切换失败的，乙方应在当班内恢复原系统，保证甲方正常生产。
P:4.3 甲方应提供施工所需的场地、电源、压缩空气及停线时间，并指定一名现场联系人；因甲方原因延误的，工期相应顺延。
P:4.4 乙方现场人员应遵守甲方安全生产、消防及厂区管理规定，持证上岗，进行电气作业时应办理作业许可。因乙方人员违规造成人身伤害或财产损失的，由乙方负责。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收：连续72小时带载运行无停机故障；节拍达到每台不超过95秒；气密及功能检测工位的检测数据自动上传，与人工抽检结果一致。
P:5.2 六条产线全部通过单线验收并连续稳定运行30日后进行最终验收，验收内容还包括：ERP对接数据准确、报警记录完整、程序备份及图纸资料已移交。
P:5.3 甲方使用改造后的产线进行生产，不视为验收合格。验收不合格的，乙方应在10日内整改并重新申请验收。
P:5.4 乙方应在最终验收前向甲方移交以下资料：电气原理图及接线图、PLC及人机界面程序源文件、参数清单、设备说明书、合格证、软件许可证书及操作维护手册，纸质版和电子版各一套。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件出现非人为故障的，乙方免费维修或更换，并免费提供软件升级。
P:6.2 故障响应：一级故障（任一产线停线）乙方应在1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单个工位异常）2小时内响应，24小时内处理完毕。
P:6.3 乙方响应或到场每超时1小时，应向甲方支付¥500；一级故障恢复每超时1小时，应向甲方支付¥1,000，可从应付款项中直接扣除。
P:6.4 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、程序维护及7×24小时电话支持。年度维保费为软硬件小计的28%，即每年¥448,000，在维保服务期内固定不变，按季度支付。
P:6.5 乙方应随设备免费提供一批易损备件（清单见附件一），并保证改造所用主要部件在最终验收后八年内持续供应；停产的，应提前六个月通知甲方并提供兼容替代方案。
P:6.6 乙方应在质保期内每半年对全部控制柜进行一次预防性巡检，并提交巡检报告。
P:6.7 乙方应为甲方培训不少于12名设备维护人员和全部产线班组长，培训内容包括日常操作、参数调整、常见报警处理及程序备份恢复，培训后进行考核。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面程序、数据对接程序及其源文件、电气图纸的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 标准软件产品的知识产权归原权利人所有，甲方获得永久使用许可。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、质量检测数据均属甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方提供的安全接入通道进行，并留存操作日志。乙方不得在控制系统中预留后门或未公开的远程访问功能。
P:8.3 因乙方原因导致甲方数据泄露、系统被入侵或生产中断的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:8.4 乙方对甲方的工艺、产品设计、生产计划及其他商业秘密负有保密义务，合同终止后三年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因造成甲方停线超过约定时间的，乙方应赔偿甲方因此产生的直接损失。
P:9.3 乙方交付的设备或软件存在质量问题，经两次维修仍不能正常使用的，乙方应免费更换同型号新品；因此导致工期延误的，按9.1承担违约金。
P:9.4 甲方有权从应付款项中直接扣除乙方应支付的违约金和赔偿金。
H:第十条 分包
P:10.1 乙方不得转包本项目。控制柜柜体加工如需分包，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 不可抗力
P:12.1 因不可抗力导致合同不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交厦门仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《分线切换计划》为本合同组成部分。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：QM-IT-2027-006

甲方：深圳启明财商教育咨询有限公司
乙方：杭州约客云信息技术有限公司

甲方在全国经营35家财商培训门店，为统一课程预约、会员管理和门店运营，拟采用乙方提供的“约客云”预约及会员管理SaaS服务，并由乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务：
1. 课程排期与在线预约，包括小程序预约、到店签到、候补排队及消课提醒；
2. 会员管理，包括会员档案、会员卡及课时包、积分、储值余额及续费提醒；
3. 门店运营看板，包括各门店到课率、续费率、课时消耗及营收统计；
4. 与甲方现有企业微信、收银系统及财务系统的接口。
（二）实施服务：乙方负责平台初始化配置、35家门店开通、历史会员数据迁移（约8.6万条会员档案及课时记录）、接口开发与联调、门店店长及总部人员培训。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，至次年对应日前一日止；第二个服务年度依此类推。

（四）服务期内乙方应免费提供平台的常规版本升级、功能优化及安全补丁，并保证甲方已使用的功能在升级后继续可用；涉及门店操作变化的，乙方应提前提供更新说明和培训视频。

二、服务费用
（一）本合同总价为人民币伍拾叁万元整（¥530,000），构成如下：
1. 门店订阅费：每家门店每个服务年度¥4,800，35家门店两个服务年度合计¥336,000；
2. 平台基础服务费：每个服务年度¥68,000，两个服务年度合计¥136,000；
3. 实施费（一次性）：¥58,000。
（二）服务期内甲方新增门店的，按每家门店每个服务年度¥4,800的标准计费，按实际开通月份折算；关闭门店的，自下一个服务年度起不再计费。
（三）上述费用已含税费、云资源费、短信通知费（每月每店不超过2,000条）及常规版本升级费用。

三、付款方式
（一）实施费在系统上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的门店订阅费及平台基础服务费，在该服务年度开始后15个工作日内支付。
（三）乙方应在付款前开具增值税专用发票，甲方收到发票后付款。
（四）依本合同约定应由乙方承担的违约金或服务费抵扣，甲方可在应付款项中直接扣除。

四、实施及上线验收
（一）乙方应在合同签订后45日内完成全部门店开通、数据迁移和接口联调，并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的功能全部可用，经甲方在3家试点门店连续试用10日无一级故障；
2. 迁移后的会员档案、剩余课时及储值余额与原系统逐条核对一致；
3. 小程序预约在高峰时段（每晚19:00至21:00）页面响应时间不超过2秒；
4. 与企业微信、收银系统、财务系统的接口数据连续7日对账无差异。
（三）甲方在收到验收申请后7个工作日内组织验收，出具验收单。试点门店试用或开通使用均不视为验收合格。
（四）培训：乙方应为总部运营人员组织2场集中培训，为每家门店店长及前台人员提供线上培训和操作手册，并在上线后首月安排专人驻场或远程值守，协助门店解决使用问题。
（五）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在每日02:00至06:00之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（平台整体不可用或预约、签到功能中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或单一功能异常）：2小时内响应，1个工作日内解决；
3. 三级故障（一般咨询及轻微问题）：1个工作日内答复。
（三）月可用率未达到约定标准的，按以下比例抵扣当期服务费：可用率低于99.5%但不低于99%的，抵扣当月平台费用的5%；低于99%的，抵扣10%。一级故障响应每超时1小时，乙方另行支付¥500。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障处理情况、工单统计及改进措施。
（五）乙方提供工作日9:00至21:00的在线客服及电话支持，并为甲方指定一名客户成功经理。

六、数据安全与数据归属
（一）甲方及其会员在平台上产生的会员信息、预约记录、交易数据等全部业务数据归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员个人信息进行加密存储，实行最小权限访问控制和操作日志审计，平台应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因此给甲方造成的全部损失，包括甲方向会员承担的赔偿。
（四）服务终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除确认函。

七、知识产权
（一）平台软件及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、定制报表及数据迁移脚本的知识产权归甲方所有，乙方应交付源代码及说明文档。

八、续期
（一）服务期届满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期服务年度的服务费标准由乙方根据其届时公布的价格体系确定，乙方有权上调，并于当期服务年度届满前15日通知甲方。

九、分包
乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十、合同解除
（一）乙方严重违反本合同，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，乙方应退还已收取的未履行期间服务费。
（二）月可用率连续两个月低于99%的，甲方有权解除合同。
（三）合同解除或服务终止的，乙方应按本合同第六条（四）的约定交付并删除数据，并在数据交付完成前继续提供只读访问，不得以任何理由扣留甲方数据。

十一、双方的其他权利义务
（一）甲方负责提供各门店的网络环境、收银设备及现有系统的接口配合，指定项目联系人，及时确认配置方案。
（二）甲方应妥善保管其管理员账号和密码，因甲方人员操作不当造成的损失由甲方自行承担。
（三）乙方对平台进行影响甲方使用的重大版本更新的，应提前7日通知甲方，并提供更新说明；更新不得减少本合同约定的功能。
（四）甲方需增加本合同以外的定制功能的，双方另行书面确定工作量和费用。

十二、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。基础电信运营商或云服务商的一般性故障不属于不可抗力。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。

十四、其他
本合同未尽事宜，由双方另行签订补充协议。本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2027年4月
"""

Z04 = """水文站监测系统年度运行维护服务合同

项目名称：水文站监测系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：SWJ-CS-2026-117）
合同编号：SWJ-YW-2027-002

甲方（采购人）：市水文水资源勘测局
乙方（供应商）：江西禹辰水利信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就水文站监测系统年度运行维护服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方所辖46个水文监测站点（含水位站18个、雨量站21个、流量在线监测站7个）的遥测终端、传感器、太阳能供电系统、通信设备及站房附属设施，以及市水文监测中心站的数据接收处理平台、数据库和水情信息发布系统。
（二）服务内容包括：站点定期巡检与维护、故障抢修、备品备件供应与更换、汛前全面检修、汛期值守保障、中心站平台及数据库运维、数据质量检查与补录、运维档案管理。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方根据年度考核结果及财政预算情况决定是否重新采购，本合同不自动续期。

第三条 合同价款
（一）本合同总价为人民币陆拾玖万陆仟元整（¥696,000），为包干价，包含人工、交通、备品备件、通信、税费等全部费用。
（二）分项价格：站点巡检维护费¥512,000；备品备件费¥88,000；中心站平台及数据库运维费¥96,000。
（三）单件价值超过¥3,000的设备因自然灾害损毁需整体更换的，由乙方提出方案，经甲方确认后另行结算。

第四条 付款方式
（一）服务费按季度支付，每季度¥174,000。每季度结束后，甲方组织季度考核，考核合格后15个工作日内支付当季服务费。
（二）季度考核发现问题的，按本合同第九条扣减后支付。本合同不设预付款。
（三）乙方应在每次付款前开具合法发票。
（四）因乙方原因导致季度考核延期的，当季服务费相应顺延支付，甲方不承担逾期付款责任。

第五条 服务要求
（一）常规巡检：非汛期每两个月对每个站点巡检一次，汛期（5月至9月）每月巡检一次，内容包括设备检查、传感器校准、电池及太阳能板维护、站房清洁和防雷检查，巡检记录当日上传甲方运维管理系统。
（二）汛前全面检修：乙方应在2027年4月20日前完成全部站点的汛前全面检修，包括水位计比测、雨量计标定、通信链路测试和备用电源测试，并提交检修报告。
（三）汛期保障：汛期及防汛应急响应期间，乙方应安排不少于4名技术人员驻市待命，实行7×24小时值守，配备抢修车辆和应急备件。
（四）中心站运维：每日检查数据接收情况，发现缺报、错报数据当日核查并处理；每周备份数据库，每月进行一次恢复测试；及时安装经甲方确认的系统补丁。
（五）乙方应建立运维档案，记录每个站点的巡检、维修、更换部件情况，服务期满时完整移交甲方。

（六）备品备件：乙方应在本市设立备件库，常备遥测终端、水位计、雨量计、通信模块、蓄电池等关键备件，备件品牌型号应与现有设备一致或经甲方确认兼容；更换下的旧件交甲方处理。

第六条 故障响应与人员要求
（一）故障等级：一级故障为中心站平台瘫痪、数据库无法访问，或汛期重点站数据中断；二级故障为单个站点数据中断或数据异常；三级故障为不影响数据采集的一般设备问题。
（二）一级故障，乙方应在接报后6小时内响应，24小时内到达现场，48小时内排除故障或启用备用设备；二级故障在接报后8小时内响应，48小时内排除；三级故障在下次巡检时处理。
（三）响应或修复超过约定时限的，每超时1小时，甲方从当季服务费中扣除¥300；因乙方原因导致汛期数据中断造成防汛决策失误的，乙方应承担相应赔偿责任。

（四）乙方应设立运维服务热线，并指定一名具有水文仪器或自动化专业背景、三年以上同类运维经验的项目负责人，负责与甲方对接；项目负责人及主要技术人员名单以响应文件为准，确需更换的，应提前10日书面报甲方同意，更换人员的资历不得低于原人员。
（五）乙方人员在野外站点作业时应遵守安全操作规程，涉水、登高及雷雨天气作业应采取安全防护措施，作业期间发生的人身伤害及第三者损害由乙方负责。

第七条 考核与验收
（一）季度考核内容：巡检计划完成情况、巡检记录完整性、故障工单闭环情况、数据缺报补录情况及用户评价。季度考核得分不低于80分为合格。
（二）年度验收在服务期满后20日内进行，验收标准为：四个季度考核均合格；全部运维档案、检修报告、备件更换清单完整移交；站点设备完好，无因乙方维护不当造成的损坏。
（三）考核不合格的，乙方应在10日内整改，整改后仍不合格的，甲方有权扣减当季服务费的10%。

第八条 数据安全与保密
（一）水文监测数据、站点信息、平台数据库及运维过程中产生的全部数据归甲方所有，乙方不得复制、留存、对外提供或用于本合同以外的任何用途。
（二）乙方访问中心站平台须使用甲方分配的账号，通过甲方指定的安全通道登录，操作全程记录日志；不得擅自修改原始数据，数据补录须经甲方审核。
（三）发生数据泄露、丢失、被篡改或系统遭受网络攻击的，乙方应在1小时内报告甲方，配合处置，因乙方原因造成的，乙方承担全部责任。
（四）乙方对履行本合同中知悉的水情数据、站点布设、系统账号及甲方其他工作信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。

第九条 违约责任
（一）乙方未按期完成汛前全面检修的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方未按第五条要求完成巡检的，每缺少一站次扣除¥500。
（三）乙方违反第八条约定的，甲方有权解除合同，乙方应赔偿甲方全部损失。

第十条 知识产权
乙方在服务期内形成的运维报告、检修记录、数据处理脚本及其他工作成果归甲方所有，甲方可自行使用或交由后续运维单位使用。乙方保证其提供的工具软件不侵犯第三方权利。服务期满或合同解除时，乙方应配合甲方与后续运维单位完成工作交接，交接期不少于15日，交接期间不得中断服务。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，按实际合格服务期限结算费用，并要求乙方赔偿损失。

第十三条 不可抗力
因洪水、地震、台风等不可抗力造成站点损毁或服务中断的，乙方应立即报告甲方并尽力抢修恢复，相应期间的响应时限可适当顺延，但乙方应提交抢修记录；因不可抗力造成的设备损失不由乙方承担。

第十四条 争议解决
本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。附件：运维站点清单、季度考核评分细则。

甲方（盖章）：               乙方（盖章）：
日期：2026年12月
"""

Z05 = """# 睿工坊生产流程跟踪系统软件许可及定制开发合同

（睿工坊标准合同文本 V3.0）

合同编号：RGF-2027-0219

**甲方（用户）**：深圳市青禾首饰设计工作室有限公司

**乙方（开发方）**：广州睿工坊软件科技有限公司

鉴于甲方从事珠宝首饰的设计及定制生产，需要一套覆盖设计、起版、执模、镶石、抛光、质检及出货全过程的生产流程跟踪软件；乙方拥有“睿工坊”生产流程管理软件的著作权并具备相应开发能力。双方本着平等互利的原则，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“睿工坊”生产流程跟踪软件V5标准版的使用许可，许可用户数为20个并发用户，部署于甲方自有服务器。

1.2 乙方根据双方确认的《需求说明书》为甲方进行定制开发，内容包括：

（1）设计稿及起版进度看板，按款号跟踪每件首饰所处工序及责任工匠；

（2）金料、银料领用与损耗核算，按工序记录称重数据并自动计算损耗；

（3）宝石及配石出入库管理，按证书编号跟踪镶嵌去向；

（4）与甲方网店及小程序订单系统的对接，实现定制订单自动下单到生产；

（5）工匠计件工资统计报表。

1.3 乙方负责软件安装部署、基础数据初始化及甲方人员操作培训。

1.4 本合同项下软件许可为永久许可，许可范围限于甲方自身经营使用，不得用于甲方关联企业或向第三方提供服务。

## 第二条 合同价款

本合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 睿工坊生产流程跟踪软件V5标准版许可（20并发用户） | 168,000 |
| 2 | 定制开发（看板、损耗核算、宝石管理、订单对接、计件报表） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 36,000 |
| | 合计 | 440,000 |

上述价格含增值税。服务器、操作系统、数据库及网络设备由甲方自行准备，不在本合同价款范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥286,000。乙方收到该笔款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥154,000。

3.3 乙方在收到每笔款项后开具相应金额的增值税普通发票。

3.4 甲方应将款项汇入乙方指定的银行账户，乙方变更收款账户的，应以加盖公章的书面函件通知甲方。

## 第四条 项目实施

4.1 乙方计划在收到首笔款项后75个工作日内完成定制开发并上线，具体进度以双方确认的项目计划为准。

4.2 甲方应指定项目负责人，按乙方要求及时提供需求资料、基础数据及测试配合。因甲方需求变更、资料提供延迟或测试配合不及时导致延期的，项目周期相应顺延，乙方不承担责任。

4.3 定制开发范围以《需求说明书》为准，《需求说明书》确认后甲方提出的新增或变更需求，乙方有权另行报价。

4.4 乙方负责为甲方培训系统管理员1至2名及各工序操作人员，培训采用现场集中讲解结合线上视频的方式，培训次数不超过3次，超出部分按乙方人天单价另行收费。

4.5 乙方交付的资料包括：软件安装包、用户操作手册、系统管理员手册及培训课件。定制模块的源代码不属于交付范围。

## 第五条 上线及验收

5.1 乙方完成安装部署和定制开发后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在免费维护期内按第六条处理，不影响验收结论及付款。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复、远程技术支持及标准版补丁更新。

6.2 故障处理：一级故障（系统无法登录或生产数据无法录入）乙方在接到甲方报告后2小时内响应，并尽快修复；二级故障（部分功能异常）1个工作日内响应；一般问题在后续版本中处理。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方另行签订维护合同，维护费按乙方届时公布的服务价格标准收取。

6.4 因甲方擅自修改软件、操作不当、硬件故障、病毒或第三方软件造成的问题，不属于免费维护范围，乙方可提供有偿服务。

6.5 维护服务以远程方式为主，通过电话、微信群及远程桌面提供；确需上门服务的，甲方应承担乙方人员的差旅费用。

6.6 乙方发布的标准版新功能及大版本升级不属于免费维护范围，甲方如需升级，按乙方届时的升级政策执行。

## 第七条 知识产权

7.1 “睿工坊”软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、源代码、接口程序及相关文档的知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或向任何第三方提供。

7.3 乙方有权将定制开发过程中形成的通用功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方在提供安装、维护服务过程中接触甲方数据的，应采取加密传输、账号权限控制等措施，不得擅自拷贝；因乙方过错导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应责任。

8.3 甲方同意乙方在对数据进行脱敏处理后，将系统运行数据用于乙方的产品改进、行业工艺分析及统计研究。

## 第九条 保密

双方对在合作中获知的对方商业秘密，包括甲方的设计图稿、客户信息、工艺配方及乙方的技术资料、报价信息，负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任总额，无论基于何种原因，均不超过本合同总价的20%。

10.2 任何情况下，乙方均不对甲方的间接损失、利润损失、营业中断损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同约定，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同因甲方原因解除的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用尚未付清款项部分对应的软件及定制模块，并删除相关安装文件。

## 第十二条 双方的其他义务

12.1 甲方应保证其服务器、网络及运行环境符合乙方提供的配置要求，并负责服务器的日常管理和数据备份。

12.2 甲方应妥善保管系统账号密码，不得将软件安装于许可范围以外的设备，不得超出许可用户数使用。超出使用的，乙方有权按标准价格补收许可费。

12.3 乙方应按照本合同约定的范围和进度提供软件及服务，并对其工作人员在甲方场所的行为负责。

## 第十三条 不可抗力

因不可抗力不能履行合同的，根据不可抗力的影响，部分或全部免除责任，但应及时通知对方。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。

15.2 本合同附件包括《需求说明书》《项目计划》及《软件许可证书》，与本合同具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Hengrui Knitwear Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tongxiang, Zhejiang Province (the "Customer"), and Teviot Loom Systems Limited, a company registered in Scotland with its registered office at Commercial Road, Hawick, Scottish Borders (the "Supplier").
P:The Supplier develops and licenses LoomPlan, a production planning, yarn inventory and knitting-floor tracking system for knitwear manufacturers. The Customer wishes to acquire a perpetual licence of LoomPlan for its two factories and to have the Supplier implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means LoomPlan version 8, its standard modules listed in Annex 1, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configuration files and documentation that the Supplier creates specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP system and to the knitting machine controllers.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software in the Customer's environment, including orders, yarn stock, production records and personnel records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Supplier shall (a) grant the licence in Article 3, (b) install the Software on the Customer's servers in Tongxiang, (c) configure it for both factories, (d) develop the Custom Deliverables described in Annex 2, (e) migrate open orders and yarn stock from the Customer's current spreadsheets, and (f) train the Customer's key users and administrators.
P:2.2 Training comprises four days for key users and two days for administrators at the Customer's premises, with course material in Chinese, and a further day of refresher training three months after go-live.
P:2.3 The Supplier shall appoint a project manager who speaks Mandarin and who will be on site during installation, go-live and the acceptance tests. Remote work is permitted for development and configuration.
H:Article 3 Licence
P:3.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its wholly owned subsidiaries in the People's Republic of China, for up to 80 named users.
P:3.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional named users may be purchased at CNY 9,800 each during the first three years after Final Acceptance.
P:3.3 The Supplier retains ownership of the Software. Nothing in this Agreement transfers the Supplier's pre-existing intellectual property to the Customer.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,644,000, made up of the Licence Fee of CNY 1,160,000, implementation and custom development of CNY 420,000 and training of CNY 64,000. The Contract Price is fixed and includes all taxes payable in China, travel and expenses.
P:4.2 The Customer shall pay the Contract Price as follows: (a) 20%, being CNY 328,800, within 30 days after signature of this Agreement and receipt of a valid invoice; (b) 45%, being CNY 739,800, within 30 days after the Installation Certificate; and (c) 35%, being CNY 575,400, within 30 days after Final Acceptance.
P:4.3 The Installation Certificate only confirms that the Software has been installed and that training has taken place. It is not acceptance of the Software or the Custom Deliverables.
P:4.4 Payments are made in CNY to the Supplier's bank account in Shanghai stated on the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within 50 days after signature and shall offer the system for acceptance testing within 110 days after signature.
P:5.2 The acceptance tests are set out in Annex 3 and shall show at least that: (a) every function in Annex 1 and every Custom Deliverable in Annex 2 works as specified; (b) orders, yarn stock and machine counts synchronise with the ERP system and the machine controllers without discrepancy over ten consecutive working days; (c) planning runs for both factories complete in under three minutes; and (d) no Severity 1 or Severity 2 defect is open.
P:5.3 When the tests are passed, the Customer shall issue a Final Acceptance certificate within ten working days. If a test fails, the Supplier shall correct the defects within 15 days and repeat the test at its own cost.
P:5.4 Go-live, productive use of the Software or any payment does not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to Annexes 1 and 2 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Supplier shall correct defects, supply updates and provide support free of charge.
P:6.2 Defects are classified in three severities. Severity 1 means that planning or floor tracking is unavailable in one or both factories. The Supplier shall respond to a Severity 1 defect within two hours, at any time of day, and provide a fix or workaround within one working day. Severity 2 defects receive a response within one working day; Severity 3 defects are corrected in the next release.
P:6.3 For each full hour by which the Supplier misses the Severity 1 response or fix time, the Supplier shall credit CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee, being CNY 127,600 per year, and is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation with the Final Acceptance certificate. The Customer may use, modify and license the Custom Deliverables without restriction.
P:7.2 The Supplier warrants that the Software and the Custom Deliverables do not infringe any third-party rights and shall indemnify the Customer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access by the Supplier is permitted only through the Customer's VPN, with a named account for each engineer, approval for each session and logging of all actions. Customer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Supplier shall comply with the PRC Personal Information Protection Law and Data Security Law in its handling of Customer Data, notify the Customer of any security incident within twelve hours of becoming aware of it, and be liable for all losses caused by an incident for which it is responsible.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in Article 5.1 plus thirty days for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, breach of Article 8 or infringement claims under Article 7.2.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Supplier shall refund all amounts paid, less the value of any deliverables the Customer chooses to keep.
H:Article 13 Force Majeure and Notices
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than sixty days, either party may terminate the affected part of this Agreement by written notice.
P:13.2 Notices shall be in writing and sent by courier or email to the addresses stated on the signature page. A notice by email takes effect on the next working day in the recipient's time zone.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute arising out of it are governed by the law of Scotland.
P:14.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh. Before starting proceedings, the parties shall try to resolve the dispute by negotiation between senior managers for thirty days.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese. Both versions have equal effect.
P:15.2 Annexes: Annex 1 Software modules; Annex 2 Custom Deliverables; Annex 3 Acceptance test plan.
P:Signed for the Customer: ____________________    Signed for the Supplier: ____________________
"""

E02 = """# FieldRoster Subscription Order Form

Order Form No. UVS-OF-2027-0093

## Part A - Order Form

### A1. Parties

**Provider:** Usk Valley Software Ltd, a company registered in England and Wales, The Watton, Brecon, Powys, Wales.

**Customer:** Shanghai Jinyuan Elevator Maintenance Co., Ltd., Minhang District, Shanghai, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

### A2. Service and Subscription Term

The Provider will provide FieldRoster, its hosted field-service scheduling, work-order and technician mobile application (the "Service"), for the Customer's elevator and escalator maintenance teams in Shanghai, Suzhou and Hangzhou.

The Subscription Term is 24 months, starting on the Go-Live Date defined in B3. The Agreement ends at the end of the Subscription Term. Any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Platform fee (dispatch console, API, reporting) | 1 | 186,000 per year | 186,000 | 372,000 |
| Technician user subscriptions | 240 users | 900 per user per year | 216,000 | 432,000 |
| Onboarding and integration (one-time) | 1 | 48,000 | - | 48,000 |
| **Total contract value** | | | | **852,000** |

All amounts include VAT at the applicable rate. Additional technician users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance under B3.

(b) The platform fee and user subscriptions for each Subscription Year are invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer in CNY to the Provider's account in China shown on the invoice.

### A5. Hosting and Integrations

The Service is hosted in the Alibaba Cloud East China (Shanghai) region. Onboarding includes integration with the Customer's ERP (work orders, spare-parts stock) and its elevator remote monitoring platform (fault alarms create work orders automatically).

### A6. Contacts and Signature

Customer contact: Ms Lu Qing, IT Director. Provider contact: Mr Owen Price, Account Director.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the Service or that the Service generates from the Customer's use, including work orders, site addresses, equipment records, technician locations and photographs.

1.2 "Customer Configurations" means the workflows, forms, reports and integration code that the Provider builds specifically for the Customer.

1.3 "Subscription Year" means each successive year of the Subscription Term, the first starting on the Go-Live Date.

### 2. Use of the Service

2.1 The Provider grants the Customer a non-exclusive right during the Subscription Term to use the Service for its internal business through the number of users ordered.

2.2 The Customer is responsible for its users' credentials and for the lawfulness of the Customer Data.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in the user documentation.

2.4 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store data unrelated to its maintenance operations.

2.5 Support is provided in Chinese and English through the support portal, email and a telephone hotline staffed by the Provider's partner team in Shanghai. Priority 1 incidents may be reported by telephone at any time.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete configuration, data import and both integrations within 60 days after signature of this Order Form.

3.2 The Customer shall then run acceptance tests for ten working days. The Service passes Go-Live Acceptance when: (a) all configured workflows and forms work as described in the onboarding plan; (b) alarms from the remote monitoring platform create work orders within one minute in every test case; (c) work orders, spare-parts issues and completion records reconcile with the ERP without discrepancy; and (d) the mobile application works on the Customer's Android and iOS test devices.

3.3 The Customer shall confirm Go-Live Acceptance in writing within five working days after successful tests. The date of that confirmation is the "Go-Live Date". Use of the Service for training or testing does not constitute acceptance.

3.4 If Go-Live Acceptance is delayed beyond the date in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee and, if necessary, from later invoices.

### 4. Service Levels

4.1 The Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 Beijing time.

4.2 Incidents are prioritised as follows. Priority 1 means the Service or the mobile application is unavailable to all users; the Provider targets a response within one hour, 24 hours a day, and a restoration within six hours. Priority 2 means a major function is impaired; response within two business hours. Priority 3 covers all other issues; response within one business day.

4.3 The Provider shall report availability and incident statistics monthly.

4.4 The service levels in this section are targets only. A failure to meet them does not entitle the Customer to service credits, fee reductions or damages; the Provider's obligation is to investigate the failure, report its cause and take reasonable steps to prevent a recurrence.

### 5. Customer Data and Security

5.1 As between the parties, the Customer owns the Customer Data. The Provider processes it to provide the Service and support.

5.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form, so that neither the Customer nor any individual can be identified, to improve its products, to train its scheduling models and to publish industry benchmarks.

5.3 The Provider shall keep Customer Data in the hosting region in A5, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log every access, and maintain a valid MLPS level 3 filing for the Service.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the investigation and any notification to authorities, and bear the costs and losses caused by an incident resulting from its breach of this section.

5.5 Within 30 days after the end of the Agreement, the Provider shall return Customer Data in CSV format and then delete it from the Service and its backups.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 The Customer Configurations belong to the Customer. The Provider shall deliver the integration code and configuration exports on request and at the end of the Agreement, and the Customer may use, modify and license them freely.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties except to its professional advisers. This duty lasts for three years after the Agreement ends.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim. This limit does not apply to the Customer's payment obligations or to breach of section 7.

### 9. Subcontracting

The Provider shall not subcontract its obligations without the Customer's prior written consent. The hosting provider named in A5 is approved by signature of this Order Form.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

10.2 On termination for the Provider's breach, the Provider shall refund the fees paid for the remaining part of the Subscription Year.

### 11. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government orders or a general failure of public telecommunications networks. The affected party shall notify the other promptly and resume performance as soon as possible. If the event continues for more than 45 days, either party may terminate the Agreement by written notice, and the Provider shall refund fees paid for the period after termination.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Notices shall be given in writing to the contacts in A6. Changes to the Agreement require a written amendment signed by both parties.

### 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.
"""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Software
P:Contract No. QSC-EQ-2027-045
P:Buyer: Anhui Qingshan Cement Co., Ltd., Chizhou, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Jed Water Instruments Limited, Bongate, Jedburgh, Scottish Borders, United Kingdom, acting through its appointed service partner in Hefei for on-site work (the "Supplier").
P:The Buyer intends to monitor the condition of the kiln drives, raw mills, cement mills, fans and conveyors of its two clinker lines. Following the Buyer's tender No. QSC-T-2027-011, the Buyer and the Supplier agree on the following terms, which are the Buyer's standard terms for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless vibration and temperature sensors, gateways and the condition monitoring software listed in clause 2, and shall integrate the software with the Buyer's distributed control system (DCS) and maintenance management system.
P:1.2 The Supplier shall also provide: a survey of all measuring points before installation; mounting studs and accessories; configuration of alarm limits for each machine; baseline measurements; documentation in Chinese and English; and training.
P:1.3 The software is delivered as a perpetual licence installed on the Buyer's own servers in the Chizhou plant. No Buyer data is hosted by the Supplier.
P:1.4 Training consists of a three-day course for twelve maintenance engineers on sensor handling, battery replacement, alarm setting and vibration analysis, and a one-day course for control room operators on the alarm displays. The Supplier shall provide printed course material in Chinese and a recorded version for later use.
P:1.5 The Buyer shall provide access to the machines, scaffolding where needed, power and network connections at the gateway locations, and a contact person in each production line. The Supplier shall state its detailed requirements in the survey report.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,040,000, fixed and inclusive of VAT, delivery to site, import duties, insurance, installation and all other costs. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VT-3 (ATEX rated)|320|3,150|1,008,000
TB:2|Wireless gateway GW-8 with mounting and power supply|16|18,500|296,000
TB:3|Condition monitoring software JWI Insight, perpetual licence (server, 25 users)|1|540,000|540,000
TB:|Subtotal equipment and licence|||1,844,000
TB:4|Installation, commissioning and DCS integration|1|168,000|168,000
TB:5|Training of maintenance engineers and operators|1|28,000|28,000
TB:|Contract Price|||2,040,000
P:2.2 Spare sensors ordered within three years after Final Acceptance shall be supplied at the unit price above.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 204,000) within 30 days after signature, against an advance payment guarantee of the same amount issued by a bank in China.
P:3.2 55% of the Contract Price (CNY 1,122,000) within 30 days after the Installation Certificate, which confirms that all items are delivered and installed. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 714,000) within 30 days after the Final Acceptance Certificate.
P:3.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the amounts the Supplier owes under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Chizhou plant within 70 days after signature and complete installation within 40 days after delivery. Installation on running machines shall follow the Buyer's permit-to-work procedure and shall be scheduled with the plant's maintenance shutdowns.
P:4.2 The Supplier's personnel on site shall follow the Buyer's safety rules, wear the required protective equipment and hold valid certificates for work at height and electrical work.
P:4.3 Sensors shall be mounted on the measuring points agreed in the survey report. Where a machine cannot be stopped for installation, the Supplier shall propose an alternative mounting method for the Buyer's approval, and the missing points shall be installed at the next shutdown without extra charge.
P:4.4 Delivery is made DDP Chizhou plant. Title and risk pass to the Buyer on delivery, but this does not affect the Supplier's warranty or acceptance obligations.
H:5. Acceptance
P:5.1 After installation, the system shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reports vibration and temperature at the configured interval with a data loss below one reading in a thousand; (b) alarms are displayed in the DCS within ten seconds; (c) the baseline report for every machine is accepted by the Buyer's maintenance department; (d) work requests are created in the maintenance management system for every test alarm; and (e) all documentation and training are complete.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. If not, the Supplier shall remedy the defects at its cost and the test period restarts. Use of the system before Final Acceptance does not mean acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. Defective sensors, gateways or batteries shall be replaced free of charge, including site work.
P:6.2 Faults are classified by severity as shown below.
TB:Severity|Definition|Response|On site or resolution
TB:1|Monitoring server down, or data lost from more than one gateway|1 hour|Engineer on site within 24 hours
TB:2|Single gateway or more than ten sensors not reporting|2 hours|Resolution within 48 hours
TB:3|Individual sensor fault or software question|1 working day|Next planned visit
P:6.3 If the Supplier misses a Severity 1 or Severity 2 time, it shall pay CNY 800 for each hour of delay, which the Buyer may deduct from payments or the support fee.
P:6.4 After the warranty, the Supplier shall offer annual support at 9% of the Subtotal equipment and licence, being CNY 165,960 per year, fixed for the first two support years. Support is contracted year by year and does not renew automatically.
P:6.5 The Supplier guarantees the availability of spare sensors, gateways and batteries compatible with the supplied system for at least eight years after Final Acceptance. If a model is discontinued, the Supplier shall offer a compatible replacement at a price no higher than the unit price in clause 2.1.
P:6.6 During the warranty the Supplier shall visit the plant twice a year to check sensor mounting, battery status and alarm limits, and shall submit a short condition report after each visit.
H:7. Intellectual Property
P:7.1 The software remains the property of the Supplier and is licensed to the Buyer perpetually for use at its plants.
P:7.2 Alarm configurations, DCS and maintenance system interfaces, baseline reports and other deliverables made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver interface source code with the Final Acceptance documents.
H:8. Data Security
P:8.1 All measurement data, machine records and reports are the Buyer's property and may be used by the Supplier only to perform this Contract.
P:8.2 Remote access for support requires the Buyer's approval for each session and takes place through the Buyer's secure gateway with logging. The Supplier shall not connect its own devices to the Buyer's networks without approval and shall not copy data outside the plant.
P:8.3 The Supplier shall report any security incident within six hours and is liable for losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep the Buyer's process data, plant layouts, network settings and other non-public information confidential during this Contract and for three years afterwards, and shall impose the same obligation on its service partner.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver or complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 Apart from the Hefei service partner named in this Contract, the Supplier shall not subcontract any work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
H:13. Force Majeure
P:13.1 A party is not liable for delay caused by force majeure, such as natural disasters, epidemics or government measures, if it notifies the other party within five days and provides evidence. The time for performance is extended by the duration of the event. If the event lasts more than 90 days, either party may terminate the Contract by written notice, and the parties shall settle the value of the work done.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:15. General
P:15.1 This Contract is made in Chinese and English; both versions are equally authentic. Amendments must be in writing and signed by both parties. The tender documents and the Supplier's bid form part of this Contract; if they conflict, this Contract prevails.
P:Annex 1: Measuring point list. Annex 2: Technical specification. Annex 3: Test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement reference: TMIT-GZ-2027-07

This Managed IT Services Agreement is made between:

- **Guangzhou Lianfeng Cosmetics Co., Ltd.**, Huangpu District, Guangzhou, People's Republic of China (the "Customer"); and
- **Towy Managed IT Limited**, a company registered in England and Wales, Broad Street, Llandovery, Carmarthenshire, Wales, acting with its wholly owned subsidiary in Guangzhou for on-site services (the "Provider").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses, receives or handles in providing the Services.

1.5 "Service Commencement Date" means the date on which the Customer confirms completion of transition under clause 3.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The parties may agree in writing to extend the Term. There is no automatic extension or renewal.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's current arrangements within 50 days after signature. Transition includes: inventory of all devices and accounts; installation of monitoring and management agents; handover of open tickets; set-up of the service desk telephone line and portal; and documentation of the network and servers.

3.2 Transition is complete when: (a) every device listed in Schedule 1 reports to the Provider's monitoring console; (b) the service desk has handled live tickets for ten working days in parallel with the Customer's own team; (c) a test restore of each server backup has succeeded; and (d) the run book for every site is approved by the Customer's IT manager. The Customer shall confirm completion in writing within five working days after the criteria are met.

3.3 If transition is not complete by the date in 3.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

## 4. Services and Personnel

4.1 The Provider shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall assign a service delivery manager who speaks Mandarin and Cantonese, and two resident engineers at the Huangpu factory on working days. Replacement of named staff requires at least two weeks' notice to the Customer.

4.3 The Provider shall hold a monthly service review with the Customer and provide a written report on tickets, Service Level performance, changes, patch status and recommended improvements.

4.4 Changes to production systems shall follow the change process agreed in the run book. Emergency changes may be made to restore service and shall be reported within one working day.

4.5 The Customer shall provide the Provider's engineers with desk space at the factory, access to the sites during working hours, and the administrator accounts needed for the Services. The Customer remains responsible for its software licences and for purchasing hardware, which the Provider may recommend.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value for the Term is CNY 2,162,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Service Credits are deducted from the next invoice.

5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.4 The Charges are fixed for the Term. Devices added or removed beyond a variation of ten per cent of the numbers in Schedule 1 are charged or credited at the unit rates in Schedule 3.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell, license or otherwise use it.

6.2 At the end of the Term, the Provider shall hand over all configuration records, documentation and passwords to the Customer or to a replacement provider.

## 7. Intellectual Property

7.1 Run books, scripts, configuration records, reports and other materials produced for the Customer under this Agreement belong to the Customer, which may use, modify and license them without restriction.

7.2 The Provider keeps its monitoring tools and methods and grants the Customer a licence to use any of them embedded in the deliverables.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including product formulas, customer lists, network diagrams and commercial terms, and shall not disclose it to a third party without prior written consent.

8.2 This obligation continues for three years after the end of the Term, except for trade secrets, which remain protected while they remain secret.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of clause 8, which are not limited.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. Subcontracting

The Provider may use its Guangzhou subsidiary named above. Any other subcontractor requires the Customer's prior written consent, and the Provider remains responsible for the work of any subcontractor.

## 11. Ending the Agreement

11.1 This Agreement ends automatically at the end of the Term.

11.2 The Provider may terminate this Agreement by written notice if undisputed Charges remain unpaid for 60 days after a written reminder.

11.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases to carry on business.

11.4 The Customer may not otherwise terminate this Agreement before the end of the Term. The Customer's remedies for failures in the Services are the Service Credits in Schedule 2 and damages within the limit of clause 9.

11.5 For 60 days after the Agreement ends, the Provider shall assist in the transfer of the Services to the Customer or a new provider at the hourly rate in Schedule 3.

## 12. Force Majeure

A party is not liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, government measures and failures of public utilities, if it notifies the other party promptly and uses reasonable efforts to continue performance. Charges for Services that are not performed are suspended for the duration of the event.

## 13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.

13.2 This Agreement is made in English and Chinese, and both versions are equally authentic.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 - Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | 620 users at head office, two sales offices and the Huangpu factory; telephone, portal and WeChat | 08:00-20:00 Monday to Saturday |
| End-user device management | 580 laptops and desktops, 140 mobile devices: patching, software deployment, asset records | Business hours |
| Server and storage management | 26 virtual servers, 3 hosts, backup system; monitoring, patching, backup checks | 24x7 monitoring |
| Network management | Firewalls, switches and wireless at four sites; monitoring, configuration changes | 24x7 monitoring |
| On-site support | Two resident engineers at the Huangpu factory; visits to other sites within one business day | Working days |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Outage of a site network, the ERP servers or the factory production systems | 15 minutes | 6 hours |
| P2 | Service degraded for a department or a key user group | 30 minutes | 8 business hours |
| P3 | Single user issue | 2 business hours | 3 business days |
| P4 | Request or question | 1 business day | 5 business days |

| Service Level failure | Service Credit |
|---|---|
| Each P1 incident not responded to or resolved in time | 3% of the monthly service charge |
| Each P2 incident not resolved in time | 1% of the monthly service charge |
| Monthly P3 resolution performance below target | 2% of the monthly service charge |
| Maximum Service Credits in a month | 20% of the monthly service charge |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 74,000 | After the Service Commencement Date |
| Monthly service charge | 58,000 per month | Monthly in arrears, 36 months |
| Total monthly charges for the Term | 2,088,000 | - |
| Total contract value | 2,162,000 | - |
| Additional device, per month | 85 | With the monthly invoice |
| Exit assistance, per hour | 650 | Monthly in arrears |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
SOLAR IRRADIANCE AND WEATHER FORECAST DATA API

Agreement No. DWD-NX-2027-03

PARTIES

Dyfi Weather Data Ltd, a company registered in England and Wales, Maengwyn Street, Machynlleth, Powys, Wales (the "Provider").

Ningxia Helan Solar Power Co., Ltd., Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Customer").

BACKGROUND

The Customer operates fourteen photovoltaic plants in Ningxia and Inner Mongolia and must submit day-ahead and intraday generation forecasts to the grid dispatch centre. The Provider operates a satellite-based irradiance and numerical weather forecast service and offers its data through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the irradiance, temperature, wind, cloud and snow data, forecasts and historical series made available through the API.

1.2 "Customer Data" means the plant coordinates, plant layouts, inverter and metering data and any other data the Customer uploads for the calibration of forecasts, and all query logs relating to the Customer.

1.3 "Subscription Year" means each of the two consecutive years of the subscription, the first starting on the Service Start Date.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Custom Deliverables" means the plant-specific data mappings, integration scripts and report templates the Provider prepares for the Customer.

2. SUBSCRIPTION AND SCOPE

2.1 The Provider shall give the Customer access to the API for the fourteen plants listed in the Annex, including: (a) intraday forecasts at 15-minute resolution, updated every hour, for the next 72 hours; (b) day-ahead forecasts for the following day, issued each morning; (c) measured satellite irradiance at 15-minute resolution; and (d) a historical archive of satellite irradiance for each plant site from 2012 onwards (the "Historical Archive").

2.2 The Provider shall calibrate the forecasts for each plant using the Customer Data and shall repeat the calibration every six months.

2.3 The subscription runs for two Subscription Years. It ends at the end of the second Subscription Year unless the parties agree a renewal in writing.

2.4 The API returns data in JSON and CSV formats and is accessed with keys issued to the Customer. The subscription includes up to 20,000 API calls per day across all plants. The Provider shall issue separate keys for the Customer's production and test systems and shall replace a key within one working day if the Customer reports that it has been compromised.

2.5 The Provider shall give the Customer at least 60 days' notice of any change to the API that requires changes to the Customer's systems, and shall keep the previous API version available during that period.

3. LICENCE TO PROVIDER DATA

3.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the subscription to use the Provider Data for its own plant operation, forecasting, trading and reporting to grid and government authorities.

3.2 The Customer may keep and use Provider Data received during the subscription after it ends for its internal records and reporting. The Customer shall not resell the Provider Data or make it available to third parties as a data product.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall deliver the Historical Archive and complete integration with the Customer's forecasting and power trading systems within 45 days after signature.

4.2 Integration Acceptance requires that: (a) the API delivers forecasts for all fourteen plants on schedule for 14 consecutive days; (b) the Customer's systems import the data without manual correction; (c) the Historical Archive is complete for every plant and passes the Customer's plausibility checks; and (d) the day-ahead forecast error for the test period, measured against metered generation, is within the limit set out in the Annex.

4.3 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Access to the API for testing does not constitute acceptance.

4.4 If the Historical Archive is delivered or Integration Acceptance achieved later than the date in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for the first Subscription Year, CNY 312,000; subscription fee for the second Subscription Year, CNY 312,000; integration and Historical Archive fee (one-time), CNY 36,000. The total contract value is CNY 660,000, inclusive of VAT.

5.2 The integration and Historical Archive fee is invoiced after the Service Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 Invoices are payable within 30 days by bank transfer in CNY to the account stated on the invoice.

5.4 Each party bears its own bank charges. The Provider's invoices shall be valid Chinese VAT invoices issued through its registered agent in Yinchuan.

5.5 Additional plants may be added during the subscription at CNY 21,000 per plant per Subscription Year, pro rata.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver forecasts on schedule. Planned maintenance will be announced by email in advance where possible.

6.2 Support is provided by email in English and Chinese. The Provider will answer support requests as soon as reasonably practicable during its business hours.

6.3 If a forecast is not delivered, the Customer may use its own fallback forecast, and the Provider will investigate the cause and inform the Customer of the result.

6.4 The Provider will publish release notes for changes to its forecast models and will inform the Customer in advance of any change that may materially affect forecast accuracy for the Customer's plants.

6.5 At the Customer's request, the Provider will take part in a review meeting each quarter to discuss forecast performance, calibration results and planned improvements, by video conference or at the Customer's office in Yinchuan.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the services under this Agreement and shall not disclose it to third parties except as permitted by clause 10.

7.2 The Provider shall store Customer Data only on servers located in the People's Republic of China, encrypt it in transit and at rest, limit access to named staff, and keep access logs for at least one hundred and eighty days.

7.3 The Provider shall notify the Customer of any breach of security affecting Customer Data within 24 hours, take immediate steps to contain it, and be liable for the losses it causes.

7.4 Within 30 days after the end of the subscription, the Provider shall delete all Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider keeps all rights in the Provider Data, its models and its platform.

8.2 The Custom Deliverables belong to the Customer, which may use, modify and license them freely. The Provider shall deliver them in editable form at Integration Acceptance and on any later change.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including the Customer's plant data and trading information and the Provider's model documentation, and shall use it only for this Agreement. This obligation continues for three years after the end of the subscription.

10. SUBCONTRACTORS

10.1 The Provider may engage subcontractors, including data processing and cloud hosting providers, to perform any part of the services. The Provider will inform the Customer of the subcontractors it uses on request and remains responsible for their work.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of clauses 7 or 9.

11.2 Forecasts are estimates. The Provider is not liable for grid assessment charges caused by forecast deviations, except where the Provider has failed to deliver forecasts through its own fault.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

12.2 On termination by the Customer under 12.1, the Provider shall refund the subscription fees paid for the unused part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, government measures or the failure of satellites operated by third parties, provided that it informs the other party promptly and resumes performance as soon as possible. If such an event prevents the delivery of forecasts for more than 30 consecutive days, the Customer may terminate this Agreement and receive a refund of the fees paid for the period after termination.

14.2 Neither party may assign this Agreement without the prior written consent of the other party.

14.3 Notices shall be given in writing by email and courier to the addresses stated above. Amendments to this Agreement are valid only if made in writing and signed by both parties.

14.4 This Agreement is made in English and Chinese. Both versions are equally authentic.

ANNEX: Plant list with coordinates and capacity; forecast error limit for Integration Acceptance.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h1088z01_drug_traceability_platform_licence.pdf", Z01),
    "z02": ("h1088z02_massage_chair_line_control_retrofit.docx", Z02),
    "z03": ("h1088z03_training_chain_booking_membership_saas.txt", Z03),
    "z04": ("h1088z04_hydrology_station_annual_om_service.txt", Z04),
    "z05": ("h1088z05_jewellery_studio_process_tracking_supplier_template.md", Z05),
    "e01": ("h1088e01_knitwear_planning_perpetual_licence_hawick.pdf", E01),
    "e02": ("h1088e02_field_service_saas_order_form_brecon.md", E02),
    "e03": ("h1088e03_cement_plant_condition_monitoring_sensors.docx", E03),
    "e04": ("h1088e04_cosmetics_managed_it_services_llandovery.md", E04),
    "e05": ("h1088e05_solar_irradiance_forecast_data_api.txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
N = None
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    #           avail   p1   remedy ip  ds  own  conf  ld  cap  prepay acc  final warr pwf auto term sub law kind
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9,
                                False, True, False, "PRC", G), True, True, True, False, 2186000),
    "z02": ("zh", "hardware", T(N, 1, True, "buyer", True, True, True, 0.1, N, 20, True, True, 18, 28,
                                False, True, False, "PRC", G), True, True, True, False, 1880000),
    "z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, True, False, 0.1, N, N, True, N, N, N,
                             True, True, False, "PRC", S), True, True, None, False, 530000),
    "z04": ("zh", "services", T(N, 6, True, "buyer", True, True, True, 0.02, N, N, True, N, N, N,
                                False, True, False, "PRC", S), True, True, None, False, 696000),
    "z05": ("zh", "software", T(N, 2, False, "supplier", True, False, True, N, 20, 65, False, False, 6, N,
                                False, True, N, "PRC", G), True, False, False, True, 440000),
    "e01": ("en", "software", T(N, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                False, True, False, "Scotland", G), True, True, True, False, 1644000),
    "e02": ("en", "cloud", T(99.95, 1, False, "buyer", True, False, True, 600 / 852000 * 100, 6 / 24 * 100, N,
                             True, N, N, N, False, True, False, "PRC", S), True, True, None, False, 852000),
    "e03": ("en", "hardware", T(N, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9,
                                False, True, False, "PRC", G), True, True, True, False, 2040000),
    "e04": ("en", "services", T(N, 0.25, True, "buyer", False, True, True, 1800 / 2162000 * 100, 150, N, True, N,
                                N, N, False, False, False, "PRC", S), True, True, None, False, 2162000),
    "e05": ("en", "cloud", T(N, N, False, "buyer", True, True, True, 450 / 660000 * 100, 150, N, True, N, N, N,
                             False, True, True, "PRC", S), False, True, None, False, 660000),
}
# TCO inputs (policy §4): itemised licence / hardware subtotal (fee base); the forum is outside mainland China
FEE_BASE = {"z01": 1280000, "z02": 1600000, "z05": 168000, "e01": 1160000, "e03": 1844000}
FORUM_OUTSIDE_MAINLAND = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}
# policy thresholds (pack defaults)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40, "horizon": 5}


def label(key):
    lang, cat, terms, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(derive(key, terms, extra)[0])}


def tco_share(key, terms, extra):
    """Share of post-warranty fees in the 5-year TCO, or None when not computable."""
    w, pct = terms["warranty_months"], terms["post_warranty_fee_pct"]
    if w is None or pct is None:
        return None
    post_years = max(0.0, TH["horizon"] - w / 12)
    fees = post_years * pct / 100 * FEE_BASE[key]
    return fees / (extra["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to the label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    share = None
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] != "PRC" or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return r, share


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- threshold scan
I = re.I
THRESHOLD_PATTERNS = [
    re.compile(r"99\.9(?!\d)"),
    re.compile(r"(?<![\d.])0\.05(?!\d)"),
    re.compile(r"万分之五(?![十百])"),
    re.compile(r"千分之零点五"),
    re.compile(r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hour|hr)", I),
    re.compile(r"(?<![一二三四五六七八九十两零〇\d])四\s*(?:个\s*)?小时"),
    re.compile(r"(?<!-)four\s*(?:\(\s*4\s*\)\s*)?hour", I),
    re.compile(r"(?<![\d.])(?:30|15|40|100)\s*(?:%|％|per\s*cent)", I),
    re.compile(r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九])"),
    re.compile(r"(?<![\d.])12\s*(?:个\s*月|months?)", I),
    re.compile(r"十二个月"),
    re.compile(r"twelve\s*(?:\(\s*12\s*\)\s*)?months?", I),
    re.compile(r"(?<![\d.,])1\s*(?:个\s*)?年(?!度)"),
    re.compile(r"(?<![一二三四五六七八九十第每])一年(?!度)"),
    re.compile(r"(?<![\d.,])1\s*year(?!s)", I),
    re.compile(r"(?<![a-z])one\s*year(?!s)", I),
    re.compile(r"(?<![\d.,])5\s*(?:个\s*)?年(?!度)"),
    re.compile(r"(?<![一二三四五六七八九十])五年"),
    re.compile(r"(?<![a-z])five\s*(?:\(\s*5\s*\)\s*)?years?", I),
    re.compile(r"(?<![\d.])60\s*(?:个\s*月|months?)", I),
    re.compile(r"六十个月"),
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "4 个小时", "4 hours", "四小时", "four hours",
            "four (4) hours", "30%", "15 %", "100%", "40 per cent", "百分之三十", "百分之十五", "12个月", "12 months",
            "十二个月", "twelve months", "1 year", "一年", "5年", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "130%", "0.055%",
             "1.5%", "2027年12月31日", "120 months", "服务年度", "14 consecutive days", "150%", "2015年",
             "0.08%", "万分之八", "每个服务年度", "315%", "45%", "18 months", "一日"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLD_PATTERNS:
            for m in p.finditer(variant):
                hits.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {}
    for key, (name, src) in TARGETS.items():
        path = OUT / name
        if path.suffix in (".docx", ".pdf"):
            write({key: src}, {key: (name, path.suffix[1:])}, OUT, wrap_words=True)
        else:
            path.write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        built[key] = path
    covered = set()
    problems = []
    for key, path in built.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        rules, share = derive(key, t, x)
        covered |= rules
        if sorted(rules) != sorted(DESIGN[key]):
            problems.append((key, "rules", sorted(rules), DESIGN[key]))
        if risk(rules) != DESIGN_RISK[key]:
            problems.append((key, "risk", risk(rules), DESIGN_RISK[key]))
        # label values never on a threshold
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                  "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            if t[k] is not None and abs(t[k] - TH[k]) < 1e-9:
                problems.append((key, "on threshold", k))
        if share is not None and abs(share - TH["tco_share_pct"]) <= 2:
            problems.append((key, "TCO share near threshold", share))
        text = read_back(path)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((key, "length", n))
        hits = scan(text)
        if hits:
            problems.append((key, "threshold text", hits[:6]))
        print("%s %-66s %5d %s %s risk=%s tco=%s" % (key, path.name, n, "zh-chars" if lab["language"] == "zh"
              else "en-words", ",".join(r[3:] for r in sorted(rules)) or "-", risk(rules),
              "%.2f" % share if share is not None else "-"))
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("all", "uncovered rules", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
