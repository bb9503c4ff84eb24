"""holdout1017: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:物业维修资金管理平台建设项目合同
P:合同编号：ZJJ-ZC-2027-0318
P:采购人（甲方）：某市住房和城乡建设局
P:供应商（乙方）：某市恒筑信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目公开招标文件（项目编号：ZJJ-GK-2027-011）、乙方投标文件及中标通知书，双方就物业维修资金管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供物业维修资金管理平台软件产品许可一套（永久使用，不限用户数），并在此基础上完成定制开发、数据迁移、部署实施及培训。
P:1.2 定制开发内容包括：维修资金交存与分户账管理、业主线上表决、使用申请与审批流程、与三家专户银行的资金划转及对账接口、与市不动产登记系统的房屋信息接口、监管统计报表及移动端查询功能，具体以招标文件技术需求书为准。
P:1.3 数据迁移内容为甲方现有维修资金系统中的分户账、交存记录、使用记录及相关档案影像数据，共涉及约二十一万户。
P:1.4 培训对象为甲方业务人员、各区住建部门经办人员及物业服务企业操作人员，培训不少于六场，乙方提供培训教材。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾万元整（¥1,600,000），包含：平台软件许可费¥860,000；定制开发费¥540,000；数据迁移费¥126,000；部署实施及培训费¥74,000。
P:2.2 合同总价为固定价格，包含乙方履行本合同所需的人工、差旅、第三方产品及全部税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥320,000。
P:3.2 平台完成部署、数据迁移完成并通过初步验收后，甲方支付合同总价的45%，即¥720,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥560,000。
P:3.4 甲方通过国库集中支付方式付款。乙方应在每期付款前提交合法有效的发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订之日起90日内完成部署及数据迁移并提交初步验收申请，于初步验收后60日内完成试运行并提交最终验收申请。
P:4.2 乙方应按周向甲方报送项目进度，发生可能影响工期的情形时应及时书面说明。
P:4.3 乙方派驻的项目经理及技术负责人应与投标文件一致，未经甲方同意不得更换；甲方认为驻场人员不能胜任的，有权要求乙方更换。
P:4.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:4.5 甲方应为乙方提供必要的工作场地、网络环境及政务云资源，并指定项目联系人负责协调。因甲方原因造成工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：(1)招标文件所列功能全部实现并经甲方逐项测试通过；(2)迁移数据的分户账余额、交存及使用记录与原系统逐户核对一致；(3)银行划转及对账接口连续10个工作日运行无差错；(4)在300个并发用户下，常用查询响应时间不超过2秒。
P:5.2 最终验收标准：(1)试运行满45日，期间无一级故障；(2)第三方测评机构出具的安全测评报告无高风险问题；(3)乙方提交源代码、接口文档、数据字典、操作手册等全部交付文档。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及现场支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前3个工作日通知甲方）。
P:7.2 故障分级及响应：一级故障（平台无法访问、资金划转中断或数据错误）乙方应在30分钟内响应，2小时内到达现场；二级故障（部分功能不可用）2小时内响应；三级故障（一般问题及咨询）1个工作日内响应。
P:7.3 乙方未按7.2规定时间响应的，每超时1小时，甲方可从应付款项或维护费中扣减¥1,000；月度可用率每低于约定0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本市住建系统内部署使用。
P:8.2 为本项目定制开发的程序、接口、报表模板及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付的产品及成果不侵犯第三方的知识产权；发生侵权争议的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的维修资金数据、业主个人信息及房屋信息均属于甲方，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，在甲方指定的政务云环境内作业，通过堡垒机访问，实施最小权限管理及操作日志留存；未经甲方书面批准不得将数据导出或复制至外部介质。
P:9.3 发生数据泄露、篡改或丢失时，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的监管处罚。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收或最终验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及技术需求书为本合同组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.3 双方的通知均应以书面形式送达本合同首页所列地址，一方地址变更的应提前书面通知对方。
P:14.4 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:日期：____________    日期：____________
"""

Z02 = """T:滤芯生产线控制系统改造项目合同
P:合同编号：JH-SB-2027-027
P:甲方（买方）：江苏净禾滤材科技有限公司
P:乙方（卖方）：常州同睿自动化工程有限公司
P:甲方为提升空气净化器滤芯生产线的自动化水平，委托乙方对其四条滤芯生产线（两条褶皱成型线、一条复合热熔线、一条包装线）的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、软件许可、安装调试、停线切换、与甲方MES及ERP系统的接口开发和人员培训，交付可稳定运行的控制系统。
P:1.2 改造后须实现：褶皱节距自动调整、热熔温度闭环控制、视觉在线检测滤纸破损与胶线偏移、工单自动下发及产量数据实时上传。
P:1.3 乙方应在合同生效后20日内完成现场勘察，提交改造设计方案、电气图纸、网络拓扑及停线切换计划，经甲方书面确认后实施。设计方案应保留各线原有安全联锁功能，并增加急停回路及安全光栅的状态监视。
P:1.4 改造完成后，乙方应提交竣工图纸、PLC及HMI程序备份、参数清单、接口说明、设备说明书及合格证等交付资料，纸质版一式两份并附电子版。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|生产线PLC控制柜|4套|168,000|672,000
TB:2|伺服驱动及电机组|4套|96,000|384,000
TB:3|HMI触摸屏|8台|14,500|116,000
TB:4|在线视觉检测单元|4套|89,000|356,000
TB:5|工业交换机及网络设备|1批|78,000|78,000
TB:6|产线监控SCADA软件许可|1套|394,000|394,000
TB:|软硬件小计|||2,000,000
TB:7|安装调试及停线切换|1项|212,000|212,000
TB:8|MES/ERP接口定制开发|1项|126,000|126,000
TB:9|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||2,360,000
P:2.2 上述价格含税、运输、保险、安装及调试费用。
P:2.3 合同履行期间如甲方需增加工位或功能，双方按本合同单价协商签订补充协议。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%。到货签收及安装完成不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具合法有效的增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后50日内将全部设备运至甲方工厂，并按甲方排定的停线计划逐条改造，每条线停线切换时间不超过5日，全部改造在合同生效后120日内完成。
P:4.2 乙方施工人员应遵守甲方安全生产及洁净车间管理制度。乙方施工人员进场前应接受甲方安全培训，动火、登高及带电作业须办理作业许可；施工产生的废料由乙方负责清运。
P:4.3 乙方应在每条线停线前3日与甲方生产部门确认切换方案及回退措施；切换失败的，乙方应在当班内恢复原控制系统，保证甲方次日可正常生产。
P:4.4 设备到货后，双方共同开箱清点，核对型号、数量及外观，并签署到货清单。开箱发现损坏或缺件的，乙方应在7日内补齐或更换。
H:第五条 验收
P:5.1 验收标准：(1)各线设备规格及数量与合同一致；(2)褶皱节距偏差不大于±0.2mm，热熔温度控制偏差不大于±2℃；(3)视觉检测对破损及胶线偏移的检出率不低于98%，误报率不高于1%；(4)MES工单下发与产量上传数据与人工记录核对一致；(5)四条线连续72小时带料运行无停机故障。
P:5.2 满足上述标准并经甲方试生产30日后，双方签署最终验收报告。设备安装、试运行或甲方使用均不视为验收合格。
P:5.3 验收前乙方应完成对甲方电气及设备维护人员的培训，培训内容包括系统操作、常见故障处理、程序备份与恢复，培训后由甲方组织考核。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并提供软件缺陷修复。
P:6.2 一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位异常）2小时内响应。乙方每超时1小时响应，向甲方支付¥2,000。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的28%计收（即每年¥560,000），质保期满后四年内不作调整，按年签订维保协议。
P:6.4 质保期内，乙方应每季度对控制系统进行一次现场巡检，检查控制柜散热、接线端子、伺服参数及视觉检测标定情况，并出具巡检报告。
P:6.5 乙方应保证所供主要部件在质保期满后至少五年内可供应备件，产品停产的应提前书面通知甲方并提供兼容替代方案。
H:第七条 知识产权
P:7.1 PLC程序、HMI画面、接口程序及其源代码为本项目定制，知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 SCADA软件产品的知识产权归原厂所有，甲方获得永久使用许可。
P:7.3 乙方应在最终验收时向甲方移交全部PLC及HMI程序的源程序和注释，并保证甲方维护人员可使用通用编程软件进行修改。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及配方属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程访问须经甲方逐次审批并通过甲方指定的安全网关，不得擅自连接外部网络；乙方应采取加密、访问控制等措施。发生数据泄露的，乙方应在2小时内通知甲方并承担相应赔偿责任。
P:8.3 乙方不得在控制系统中设置任何未经甲方知悉的远程控制功能、后门或时间锁。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。
P:9.2 乙方应要求其参与本项目的人员遵守本条约定，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 系统验收不合格且乙方整改后仍不合格的，甲方有权退货并要求乙方退还已付款项。
P:10.3 因乙方原因造成甲方停产的（计划停线切换时间以外），乙方除承担维修责任外，应按每小时人民币3,000元向甲方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下工作分包，电气安装中的辅助工作需分包的，须事先取得甲方书面同意。
H:第十二条 合同解除
P:12.1 一方严重违约且在收到书面通知后15日内未予纠正的，守约方有权解除本合同。
P:12.2 乙方逾期交货或逾期完成改造超过30日的，甲方有权解除本合同，乙方应退还已收款项并承担违约责任。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交常州仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同附件包括：技术规格书、改造设计方案、停线切换计划及培训计划，附件与本合同具有同等效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """汉服体验馆预约及会员管理系统SaaS服务合同

合同编号：HY-SaaS-2027-06
甲方：杭州云裳汉服文化连锁有限公司
乙方：杭州织时网络科技有限公司

甲方在杭州、苏州、南京等地经营30家汉服体验馆，为统一门店预约、妆造排班、服饰租赁及会员管理，甲方订阅乙方的“云约”预约及会员管理SaaS服务，并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方30家门店提供在线预约、妆造师排班、服饰库存与租赁管理、会员储值与积分、微信小程序、收银对账及经营报表等功能。
2. 服务期为两个服务年度：第一服务年度自系统上线验收合格之日起算，至次年同日的前一日止；第二服务年度紧接其后。
3. 服务包括乙方在服务期内发布的全部功能更新，以及每家门店两个收银终端及一个妆造排班终端的使用授权。
（二）实施服务
1. 乙方负责门店及服饰基础数据配置、原有会员数据（约十八万条）迁移、小程序定制页面开发、与甲方美团及抖音团购核销接口对接、门店人员培训。
2. 乙方应在合同签订后45日内完成实施并提交上线验收申请。
3. 乙方应为甲方配备专属实施顾问及客户成功经理，实施期间每周提交进度报告，上线后每月提交服务报告，内容包括系统运行、故障处理、功能更新及门店使用情况。
（三）服务变更
服务期内乙方对平台进行版本升级的，应提前7日通知甲方，升级不得减少本合同附件所列功能，不得影响门店正常营业。

二、费用及支付
（一）订阅费按门店计收，每家门店每服务年度人民币7,800元，30家门店每服务年度合计人民币234,000元，两个服务年度合计人民币468,000元。
（二）实施费为一次性费用，人民币86,000元。
（三）本合同总价为人民币554,000元（含税）。
（四）实施费在上线验收合格后15个工作日内支付。每一服务年度的订阅费在该服务年度开始后15个工作日内支付。
（五）服务期内甲方新增门店的，按每家门店每服务年度7,800元按月折算计费。
（六）甲方在第二服务年度开始前可书面调整门店清单，新开门店自开通之日起计费，闭店门店自下一服务年度起不再计费。
（七）乙方应在收到款项前开具合法有效的增值税发票。除本合同约定的费用外，乙方不得以任何名义向甲方或其会员另行收取费用，但甲方自行选用的短信包按实际使用量另行结算。

三、上线验收
（一）验收标准：1.合同附件所列功能全部可用并经甲方在三家试点门店测试通过；2.迁移会员的储值余额、积分及等级与原系统逐条核对一致；3.团购核销接口连续7日无差错；4.小程序在门店高峰时段预约下单响应时间不超过2秒。
（二）甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线或甲方使用不视为验收合格。验收未通过的，乙方应在10日内整改后重新申请验收。
（三）上线验收合格后，乙方应提交系统配置说明、管理员手册、门店操作手册及数据迁移核对报告。
（四）实施期间，乙方应在甲方指定的三家试点门店先行上线，试点运行7日无重大问题后再推广至全部门店。推广期间乙方应派员到各城市门店现场指导，每城市不少于两个工作日。

四、服务水平
（一）乙方保证服务的月度可用率不低于99.5%，计划内维护应安排在凌晨零时至六时，并提前2日通知甲方。
（二）一级故障（预约、收银或会员功能全部中断）乙方应在30分钟内响应，3小时内恢复；二级故障（单项功能异常）1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（三）月度可用率未达到约定标准的，每低于0.1个百分点，乙方按当月订阅费的3%向甲方提供服务费抵扣，单月抵扣不超过当月订阅费的四分之一；一级故障响应每超时30分钟，抵扣人民币500元。
（四）乙方应提供7×24小时故障报修热线及在线工单渠道，并在每月前5个工作日内提交上月服务水平报告。甲方对报告有异议的，双方以系统监控记录为准核对。
（五）节假日及汉服文化节等营业高峰前，乙方应提前完成扩容评估和压力测试，并安排专人值守。

五、数据
（一）甲方及其会员在系统中产生的预约、消费、储值及个人信息等数据归甲方所有。
（二）甲方同意，乙方可将上述数据进行去标识化和汇总处理后，用于编制汉服及文旅消费行业报告、优化乙方产品及向其他客户提供行业对标分析，该等使用在本合同终止后仍可继续。
（三）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志及异地备份等措施，并符合网络安全等级保护二级要求。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的损失。
（四）乙方人员访问甲方数据应经授权并留存日志；乙方不得向第三方提供甲方会员个人信息，不得利用甲方会员信息开展营销。
（五）会员个人信息的收集及使用应取得会员同意，甲方负责在小程序中展示隐私政策，乙方提供技术支持。

六、知识产权
（一）云约平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、视觉设计及接口程序的知识产权归甲方所有，乙方应在服务期满时交付相关源代码。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

七、保密
双方对在合作中获知的对方商业信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内有效。乙方应确保其员工及实施顾问遵守本条约定。

八、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，向甲方支付违约金人民币500元。
（二）甲方逾期支付费用的，乙方可书面催告，催告后15日内仍未支付的，乙方可暂停服务。
（三）乙方未按本合同第四条恢复服务，造成甲方门店无法接待预约顾客的，乙方应赔偿甲方因此支付给顾客的退款及补偿。
（四）因乙方原因导致会员储值或积分数据错误的，乙方应在24小时内核对更正，并承担由此给甲方造成的损失。

九、续期
本合同服务期满前30日，任何一方未书面提出终止的，本合同自动续期一个服务年度，依此类推。续期时乙方有权根据市场情况调整订阅费单价，并于续期前通知甲方，调整幅度不超过上一服务年度单价的8%。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。合同解除或终止时，乙方应在15日内将甲方全部数据以通用格式交还甲方，并在甲方确认后删除其保存的副本。
因不可抗力导致无法履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，双方可协商延期履行或解除合同。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。仲裁裁决为终局裁决。

十三、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括：功能清单、门店清单、服务水平报告模板及数据迁移方案，附件与本合同具有同等效力。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """交通运输局公路养护巡查系统年度运维服务合同

合同编号：JTJ-YW-2027-004
采购人（甲方）：某市交通运输局
供应商（乙方）：某市路安智能科技有限公司

本项目采用竞争性磋商方式采购（项目编号：JTJ-CS-2027-002）。根据磋商文件、乙方响应文件及成交通知书，双方就公路养护巡查系统2027年度运维服务订立本合同。

第一条 服务对象与期限
1.1 服务对象为甲方公路养护巡查系统，包括巡查管理平台、移动巡查APP、车载视频采集终端（共64套）、病害识别模块及与省级公路管理平台的数据接口。
1.2 服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法另行组织采购。
1.3 服务开始前，乙方应与甲方原运维单位完成交接，核对系统资产、账号及文档，并形成交接记录。

第二条 服务内容
2.1 日常运维：平台及接口的日常巡检、性能监控、日志分析、数据库备份与恢复演练、操作系统及中间件安全补丁更新。
2.2 故障处理：平台、APP、车载终端及接口的故障诊断与修复，车载终端的维修与配件更换（单件配件价格在2,000元以下的包含在服务费内）。
2.3 小版本优化：根据甲方养护业务调整，对巡查表单、统计报表进行小范围修改，全年不少于120人日。
2.4 驻场服务：乙方派驻两名运维工程师在甲方办公场所提供工作日驻场服务，汛期及冬季除雪保障期间实行7×24小时值守。
2.5 每月5日前提交上月运维报告，内容包括系统运行情况、故障处理、巡查数据统计及改进建议。
2.6 应急保障：在重大节假日、恶劣天气及重大活动期间，乙方应制定专项保障方案，增派技术人员，确保巡查系统和车载终端正常运行。
2.7 安全运维：每季度开展一次漏洞扫描及弱口令检查，发现问题应在规定时间内整改，并配合甲方完成网络安全等级保护测评及主管部门的安全检查。
2.8 用户支持：为甲方及各养护单位的巡查人员提供操作咨询和培训，全年集中培训不少于四次，新增巡查人员由乙方负责上岗培训。
2.9 数据治理：对巡查上报的病害数据进行质量检查，清理重复及错误记录，每季度向甲方提交数据质量报告。
2.10 终端管理：建立车载终端台账，记录每台终端的安装车辆、运行状态及维修记录，每半年对全部终端进行一次现场检查。

第三条 服务费用及支付
3.1 本合同年度运维服务费为人民币肆拾陆万捌仟元整（¥468,000），包含人工、配件、差旅、工具及税费。
3.2 服务费按季度支付，每季度¥117,000。甲方在每季度服务考核合格并收到乙方发票后15个工作日内支付上一季度的服务费。本合同不设预付款。
3.3 季度考核得分低于90分的，按第七条扣减后支付。
3.4 服务费为固定总价，服务期内不因人工、配件价格变化而调整。甲方要求增加的服务内容超出本合同范围的，双方另行协商。

第四条 服务水平
4.1 巡查管理平台及数据接口的月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意，并安排在夜间进行。
4.2 故障分级：一级故障（平台无法访问或与省级平台接口中断）乙方应在15分钟内响应，2小时内恢复；二级故障（APP或单项功能异常、5套以上车载终端离线）30分钟内响应，8小时内恢复；三级故障（单台终端或一般问题）2小时内响应，2个工作日内解决。
4.3 车载终端故障的，乙方应在2个工作日内完成维修或提供备机。
4.4 乙方应建立运维值班制度及故障处理台账，每次故障处理完毕后24小时内提交故障报告，说明原因、处理过程及防范措施。
4.5 乙方应储备车载终端备机不少于四套及常用配件，保证故障终端及时更换。

第五条 考核与验收
5.1 甲方按季度对乙方服务进行考核，考核内容包括：月度可用率、故障响应及恢复时限、巡检记录完整性、运维报告质量及用户满意度，满分100分，考核细则见附件。
5.2 服务期满后，甲方组织年度验收。验收标准为：全年各季度考核均合格；全年无因乙方原因导致的数据丢失；备份恢复演练不少于两次且均成功；运维文档、配置清单及账号权限清单完整移交。年度验收合格后，甲方出具书面验收意见。
5.3 考核结果由甲方书面通知乙方，乙方对考核结果有异议的，可在5个工作日内提出，甲方应予复核。

第六条 数据安全与保密
6.1 巡查数据、视频影像、病害记录及路网数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
6.2 乙方应遵守《网络安全法》《数据安全法》，运维操作通过甲方堡垒机进行，实行账号专人专用和操作审计；不得擅自开通远程访问通道。
6.3 发生数据安全事件的，乙方应在1小时内报告甲方，立即处置并配合调查；因乙方原因造成数据泄露、丢失或系统被攻击的，乙方承担全部赔偿责任。
6.4 乙方对在服务中知悉的甲方工作秘密、路网及设施信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本款在合同终止后继续有效。
6.5 服务期满或合同解除时，乙方应移交全部账号、密码、配置文件及运维文档，注销其运维账号，并书面承诺不留存任何甲方数据。
6.6 未经甲方书面同意，乙方不得对外发布与本项目有关的任何信息或将本项目数据用于宣传。

第七条 违约责任
7.1 乙方未按期开始服务的，每延迟一日，向甲方支付违约金人民币600元。
7.2 一级故障响应或恢复超时的，每超时1小时扣减服务费¥1,000；月度可用率低于约定标准的，每低于0.01个百分点扣减¥1,500。
7.3 季度考核得分低于90分的，每低1分扣减当季服务费的1%；连续两个季度考核不合格的，甲方有权解除合同。
7.4 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
7.5 因乙方违规操作造成系统损坏或数据丢失的，乙方应负责恢复，并赔偿甲方由此产生的全部损失。
7.6 乙方违约给甲方造成的损失超过本条约定扣减金额的，乙方应补足差额。

第八条 知识产权
乙方在服务中编写的脚本、报表模板、修改后的程序代码及运维文档的知识产权归甲方所有，甲方可自由使用和修改。

第九条 分包
本项目不得分包或转包。

第十条 人员
乙方驻场人员应具备相应资质并保持稳定，更换人员须提前10日书面报甲方同意。乙方人员应遵守甲方安全管理规定。乙方应为驻场人员购买意外伤害保险，其人员在服务期间发生的人身伤害由乙方负责。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。争议处理期间，双方应继续履行本合同中不涉及争议的部分。

第十二条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。本合同附件：运维服务内容清单、服务考核细则、车载终端清单、应急保障方案。

采购人（盖章）：              供应商（盖章）：
日期：                        日期：
"""

Z05 = """# 匠坊工艺过程追踪系统 软件许可及定制开发合同

**乙方标准合同文本 V3.0**

合同编号：JF-2027-0412

- 甲方（买方）：景德镇青岚瓷塑艺术工作室
- 乙方（卖方）：景德镇匠坊软件有限公司

甲方拟采购乙方“匠坊工艺过程追踪系统”，用于陶瓷及瓷塑作品从泥料、成型、修坯、施釉到烧成的全过程追踪。双方经协商，按乙方标准合同文本订立本合同。双方确认已充分阅读并理解本合同全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供匠坊工艺过程追踪系统标准版软件许可（单工作室，20个用户），并根据甲方需求进行定制开发。

1.2 定制开发内容：窑炉温度曲线采集及比对、釉料配方与试片管理、工序扫码流转、作品档案及证书生成、微店订单对接。

1.3 本合同项下的服务不包括：甲方服务器、网络及窑炉温控设备的采购和维修，第三方系统的改造，以及合同约定范围以外的新增功能开发。新增需求由双方另行签订补充协议并另行收费。

1.4 系统部署于甲方自有服务器，服务器及操作系统、数据库由甲方自行准备，须满足乙方提供的配置要求。

1.5 乙方授予甲方的使用许可限于甲方一个工作室场所，甲方增设场所或增加用户的，应另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准版软件许可 | 168,000 |
| 2 | 定制开发 | 142,000 |
| 3 | 安装部署及培训 | 26,000 |
| | 合计 | 336,000 |

本合同总价为人民币叁拾叁万陆仟元整（¥336,000）。合同价款不含服务器、扫码枪、标签打印机等硬件。乙方人员赴甲方现场的差旅费由甲方按实报销。

定制开发费明细如下：

| 定制功能 | 金额（元） |
|---|---|
| 窑炉温度曲线采集及比对 | 46,000 |
| 釉料配方与试片管理 | 32,000 |
| 工序扫码流转 | 28,000 |
| 作品档案及证书生成 | 21,000 |
| 微店订单对接 | 15,000 |
| 小计 | 142,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥218,400。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥117,600。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务。

3.4 乙方收到款项后开具增值税普通发票。甲方要求开具专用发票的，应提前书面告知。

## 第四条 交付

4.1 乙方在收到首期款后开始实施，预计在75个工作日内完成安装部署及定制开发。因甲方需求变更、配合不及时或窑炉设备接口条件不具备造成的延误，工期相应顺延。

4.2 乙方交付内容为可执行程序、安装说明及用户手册。源代码不属于交付范围。

4.3 甲方应指定一名项目联系人，负责需求确认、资料提供及现场协调，并在乙方提出需求确认单后3个工作日内书面确认，逾期未确认的视为确认。

4.4 甲方应按乙方要求提供窑炉温控设备的通讯接口说明及测试条件。设备不具备数据输出条件的，相关功能改为人工录入，合同价款不作调整。

4.5 乙方为甲方提供两次集中培训，每次不超过半天，培训对象为甲方管理员及各工序负责人。超出部分按乙方收费标准另行收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可向乙方反馈，乙方在质保服务中处理。

5.3 甲方在上线后拒绝或拖延使用系统的，不影响验收合格的认定及尾款的支付。

## 第六条 知识产权

6.1 本系统（含标准版软件及定制开发部分）的全部知识产权，包括定制开发形成的程序、模板、配置及文档，均归乙方所有。

6.2 甲方在本合同有效期内享有非独占、不可转让的使用权，不得对系统进行反向工程、修改或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

6.3 甲方提供的工艺资料、图片及作品信息的权利归甲方所有。

6.4 甲方不得将系统或其任何部分用于向第三方提供服务。

## 第七条 质保及售后服务

7.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复及远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准收取。

7.3 服务时间为工作日9:00至18:00。一级故障（系统无法使用）乙方在工作日8小时内响应；其他问题在3个工作日内响应。乙方将尽力在合理时间内解决问题。乙方的响应方式为电话或微信答复。

7.4 下列情况不属于免费维护范围：甲方或第三方擅自修改系统或数据库；甲方服务器、网络或操作系统故障；病毒或黑客攻击；甲方新增需求；不可抗力。乙方处理上述问题的，按乙方收费标准另行收费。

7.5 乙方有权对系统进行版本升级。升级后部分定制功能需重新适配的，适配费用由甲方承担。

7.6 乙方提供远程技术支持的方式为电话、微信及远程桌面，需要现场服务的，甲方承担乙方人员的差旅费用。

## 第八条 数据

8.1 甲方在系统中录入的工艺、配方及作品数据归甲方所有，乙方仅为提供维护服务而访问，不作他用。

8.2 乙方应采取合理的技术措施保护系统中的数据安全，远程维护须经甲方同意。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.3 甲方应自行做好数据备份。因甲方未备份造成的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得披露。甲方应对乙方软件的技术信息及本合同价格保密。本条保密义务在合同终止后两年内有效。乙方可在其宣传资料及官网中将甲方列为客户案例。

## 第十条 责任限制

10.1 乙方对本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、数据损失及作品损毁不承担责任。

10.3 因甲方操作不当、硬件故障或第三方原因造成的损失，乙方不承担责任。

10.4 甲方依据本系统的追踪结果、证书或报表作出的决定，由甲方自行负责。

## 第十一条 合同解除

任何一方严重违反本合同且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。合同解除后，甲方应停止使用本系统并删除全部程序副本。

## 第十二条 争议解决

因本合同产生的争议，双方友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 不可抗力

因地震、火灾、洪水、疫情、政府行为、电力或网络中断等不能预见、不能避免并不能克服的情况导致合同无法按时履行的，受影响方不承担责任，工期相应顺延。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的服务条款为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 本合同附件包括：定制开发需求说明、系统配置要求。需求说明以乙方提交并经甲方签字确认的版本为准。

14.4 甲方未按本合同约定付款的，乙方有权暂停服务，由此造成的工期延误及损失由甲方承担。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TMS-HLJ-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Heilongjiang Beifeng Seed Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suihua, Heilongjiang Province (the "Customer"), and Turtle Mountain Seed Systems LLC, a North Dakota limited liability company with its principal office at Main Street, Bottineau, North Dakota, United States (the "Vendor").
P:The Customer breeds, tests and sells soybean and wheat seed. It wishes to acquire a perpetual licence to the Vendor's SeedTrack software for breeding trial management, seed lot traceability and laboratory quality records, together with implementation, data migration and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SeedTrack application, version 8, including its trial design, field-book, lot genealogy, germination and purity laboratory, and warehouse modules, in object code, with its standard documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interfaces, scripts and other materials created by the Vendor specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP system and its laboratory balances and seed counters.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software for the Customer, including pedigree records, trial results, lot records and grower information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Customer in the People's Republic of China for up to 150 named users, for the internal business of the Customer and its affiliates.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The licence fee is paid once; no annual licence fee is payable.
P:2.3 The Vendor shall deliver licence keys for the production, test and disaster recovery environments.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop the Custom Deliverables described in Annex 2, migrate the Customer's legacy trial and lot data from its current spreadsheets and database, and train 12 key users and 3 system administrators.
P:3.2 The Vendor shall deliver the Software and complete installation within 45 days after the Effective Date, and shall submit the system for Provisional Acceptance within 150 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the same key personnel throughout the project unless the Customer agrees to a change.
P:3.4 The Customer shall provide the Vendor's team with workspace at its Suihua headquarters, access to the test environment, and timely answers from its breeding, laboratory and warehouse departments. Delays caused by the Customer extend the dates in Article 3.2 accordingly.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,738,000, inclusive of taxes, made up of: Licence Fee CNY 1,120,000; implementation and Custom Deliverables CNY 486,000; data migration CNY 94,000; training CNY 38,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 20 days after signature, against the Vendor's invoice; (b) 45% within 20 days after Provisional Acceptance; and (c) 35% within 20 days after Final Acceptance.
P:4.3 All amounts are payable in CNY to the Vendor's designated account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Provisional Acceptance occurs when the Software and the Custom Deliverables pass the acceptance tests in Annex 3, which include: every function listed in Annex 2 working as specified; migrated lot and trial records reconciled record by record against the legacy sources; the ERP interface posting seed lot movements without error for 10 consecutive working days; and reports of the main modules returned within 3 seconds with 80 concurrent users.
P:5.2 After Provisional Acceptance, the system runs in production for 60 days. Final Acceptance requires that no Severity 1 defect remains open and no Severity 1 incident occurred in the last 30 days of that period, and that the Vendor has delivered all documentation and the source code of the Custom Deliverables.
P:5.3 The Customer shall confirm Final Acceptance in writing within 10 working days after the criteria are met. Installation, productive use or payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and give telephone and remote support free of charge.
P:6.2 Severity 1 means the Software is unavailable or seed lot records cannot be created or released. The Vendor shall respond to a Severity 1 incident within 1 hour, at any time, and work continuously until a workaround is in place. Severity 2 incidents shall receive a response within 8 business hours.
P:6.3 For each full hour by which the Vendor misses a response time, the Customer shall receive a credit of CNY 1,000 against the next amount payable to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Fee per year (CNY 123,200). This rate is fixed for the three support years following the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.5 The warranty does not cover defects caused by modifications made by the Customer without the Vendor's guidance or by hardware failures outside the Vendor's supply.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them freely. The Vendor shall deliver their source code at Final Acceptance.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with multi-factor authentication, and each session shall be approved and logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, cooperate in the investigation, and be liable for losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party, including breeding pedigrees, trial results and the terms of this Agreement, and use it only to perform this Agreement. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Provisional Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 8 and 9, infringement of intellectual property rights, personal injury, fraud or wilful misconduct, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum. The Vendor may terminate if the Customer fails to pay undisputed amounts within 45 days after written notice.
P:12.3 On termination the Vendor shall return all Customer Data and deliver all completed Custom Deliverables.
P:12.4 Articles 7, 8, 9, 10 and 13 survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of North Dakota, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute shall be resolved exclusively by the state courts located in Bottineau County, North Dakota, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 This Agreement, with Annex 1 (Price Schedule), Annex 2 (Scope and Custom Deliverables) and Annex 3 (Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is written in English and Chinese; both versions have equal effect.
P:14.4 Notices must be in writing and delivered by courier or e-mail to the addresses stated in Annex 1, and take effect on receipt.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# SaaS Order Form and General Terms

**Provider:** Pembina Field Apps Inc., Third Street, Langdon, North Dakota, United States ("Provider")
**Customer:** Qingdao Haiyue Foods Co., Ltd., Chengyang District, Qingdao, Shandong, People's Republic of China ("Customer")
**Order Form No.:** PFA-OF-2027-0158

## Part A - Order Form

### A1. Service

InspectPro, Provider's cloud application for food-plant inspections, hygiene checklists, corrective actions and supplier audits, including the mobile app for iOS and Android and the standard analytics dashboards (the "Service").

### A2. Subscription Term

Two Subscription Years, starting on the date the Customer confirms Onboarding Acceptance under A5 (the "Start Date"). Each Subscription Year runs from the Start Date or its anniversary.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| InspectPro named users, Subscription Year 1 | 420 | 880 | 369,600 |
| InspectPro named users, Subscription Year 2 | 420 | 880 | 369,600 |
| Onboarding and configuration (one-time) | 1 | 58,000 | 58,000 |
| Total Fees | | | 797,200 |

Fees are stated in CNY and include VAT. Additional users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance.
(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
(c) Invoices are payable within 30 days of receipt.
(d) If the Customer adds users during a Subscription Year, Provider shall invoice the added users at the end of the calendar quarter in which they are added.

### A5. Onboarding

Provider shall configure the Service for the Customer's three plants, load the Customer's 146 inspection templates and supplier list, set up single sign-on with the Customer's identity provider, and train 24 plant administrators, within 40 days after signature of this Order Form. Onboarding Acceptance requires that (i) all 146 templates are live and completed in a test round at each plant, (ii) single sign-on works for all users, (iii) corrective actions flow to the responsible supervisors by e-mail and app notice, and (iv) the data export of a test month reconciles with the entries made. The Customer shall confirm Onboarding Acceptance in writing within 5 working days after the criteria are met.

### A6. Special Terms

(a) If Onboarding Acceptance is delayed beyond the date in A5 for reasons attributable to Provider, Provider shall pay CNY 700 for each day of delay, up to 10% of the onboarding fee and the Year 1 subscription fee.
(b) Customer Data is hosted in Provider's partner data centre in Shanghai.
(c) This Order Form does not renew automatically. Any further term requires a new Order Form signed by both parties.
(d) Provider shall deliver to the Customer at Onboarding Acceptance an administrator guide in Chinese, the template mapping list and the single sign-on configuration record.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, photos, signatures and documents entered into or uploaded to the Service by or for the Customer.
1.2 "Users" means the Customer's employees and contractors to whom the Customer assigns a named user subscription.
1.3 "Documentation" means Provider's online user guides for the Service as updated from time to time.

### 2. Provision of the Service

2.1 Provider grants the Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal business.
2.2 Provider will use commercially reasonable efforts to make the Service available and to fix errors reported by the Customer. Provider may carry out maintenance at any time and will try to give notice of planned maintenance in advance.
2.3 Support is provided by e-mail and through the in-app help centre during Provider's business hours. Provider will handle support requests in the order received.
2.4 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in the Documentation.
2.5 Provider may suspend the Service temporarily where necessary to prevent a security threat, and will restore access as soon as the threat has passed.

### 3. Customer Obligations

3.1 The Customer is responsible for its Users' compliance with these General Terms and for keeping user credentials secret.
3.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.
3.3 The Customer shall provide accurate plant, template and supplier information for onboarding and shall appoint an administrator for each plant.
3.4 The Customer is responsible for the devices and mobile network access its Users use to reach the Service.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and does not sell, analyse or reuse it for itself or for others.
4.2 Provider maintains an information security programme with encryption of Customer Data in transit and at rest, role-based access for its personnel, logging of administrative access, vulnerability scanning and daily backups kept in mainland China. Personal information is processed in accordance with the Personal Information Protection Law of the People's Republic of China.
4.3 Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate containment measures, provide a written incident report, and be liable for the Customer's losses caused by Provider's breach of this Section 4.
4.4 Within 30 days after the end of the Subscription Term the Customer may export its Customer Data in CSV and PDF format; Provider shall then delete it and confirm the deletion in writing.
4.5 Provider shall, on the Customer's written request made no more than once per Subscription Year, provide a summary of its most recent independent security assessment and answer the Customer's reasonable security questionnaire.

### 5. Intellectual Property

5.1 Provider owns the Service, the Documentation and all improvements to them.
5.2 The inspection templates, checklists, reports and workflows configured for the Customer belong to the Customer, which may use, copy and modify them freely, including with other systems.
5.3 The Customer grants Provider a licence to host and process Customer Data and the Customer's templates solely to provide the Service to the Customer during the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Order Form, and use it only for this agreement. This obligation continues for three years after the end of the Subscription Term.
6.2 On request after the Subscription Term, each party shall return or destroy the other party's confidential information, except for copies that must be kept by law.

### 7. Subcontractors

7.1 Provider may use affiliates, subcontractors and sub-processors to provide the Service, including hosting, support and development, provided that it informs the Customer of them by updating the list published in its online help centre. Provider remains responsible for them.

### 8. Liability

8.1 Each party's total liability under this agreement is limited to 200% of the Total Fees in A3, except for the Customer's payment obligations, breach of Section 4 or Section 6, and fraud or wilful misconduct, which are not limited.
8.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in 8.1.
8.3 Each party shall take reasonable steps to mitigate any loss for which the other party is liable.

### 9. Term and Termination

9.1 This agreement runs for the Subscription Term stated in A2.
9.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund prepaid fees for the remaining part of the Subscription Year.
9.3 Provider may suspend access if undisputed fees remain unpaid 30 days after a written reminder.
9.4 On any termination the Customer may export its Customer Data as described in Section 4.4, and Provider shall give reasonable assistance with the export at no extra charge.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.
10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 11. General

11.1 Neither party may assign this agreement without the other's written consent, except to a successor of its entire business.
11.2 Notices shall be in writing and sent to the addresses in this Order Form.
11.3 If Part A and Part B conflict, Part A prevails.
11.4 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failures of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
11.5 Provider shall keep the Customer's onboarding documents, including the template mapping and single sign-on settings, up to date and deliver them on request.
11.6 This agreement is made in English and Chinese. Both versions have equal effect.

Signed for the Customer: ______________________    Signed for Provider: ______________________
"""

E03 = """T:Supply Contract for Grain Silo Temperature and Moisture Monitoring System
P:Contract No. LJG-CG-2027-036
P:Buyer: Longjiang Grain Storage Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer")
P:Supplier: Red Lake Sensing Technologies, Inc., Third Street East, Thief River Falls, Minnesota, United States (the "Supplier")
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates 32 steel silos and flat warehouses at two depots and wishes to monitor grain temperature and moisture continuously. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission digital temperature cables, moisture probes and wireless gateways for the 32 silos, and grant a perpetual licence to its GrainWatch monitoring software, including the server application, the web dashboard and the mobile alarm app (together, the "System").
P:1.2 The Supplier shall also develop the interface between GrainWatch and the Buyer's warehouse management system, so that silo readings and alarms appear against each grain lot, and train the Buyer's depot staff.
P:1.3 The equipment shall be new, of the models stated in the technical specification annexed to this Contract, and suitable for outdoor use in winter temperatures down to minus 38 degrees Celsius.
P:1.4 The System shall run on virtual servers provided by the Buyer in its own data room. The Supplier shall state the required server resources in its installation plan, install the server application and database, and hand over all administrator accounts to the Buyer.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,970,000, inclusive of VAT, freight to both depots, insurance, customs clearance and all import charges, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 24 sensing points|640|1,450|928,000
TB:2|Capacitive moisture probe|96|3,200|307,200
TB:3|Wireless gateway with solar power kit|32|6,800|217,600
TB:4|GrainWatch software licence, perpetual, 32 silos|1|296,000|296,000
TB:|Equipment and Licence Subtotal|||1,748,800
TB:5|Installation and cable hanging|1|182,000|182,000
TB:6|Interface development, commissioning and training|1|39,200|39,200
TB:|Contract Price|||1,970,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working System.
P:2.3 The Supplier shall provide a certificate of origin, the manufacturer's quality certificates and the calibration certificate of every moisture probe with the delivery.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all equipment has been delivered and installed at both depots. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the balance of 35% of the Contract Price within 15 working days after Final Acceptance.
P:3.4 Each payment is subject to the Supplier's VAT invoice for the amount due. The advance payment guarantee expires when the equipment has been delivered and installed.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the two depots within 75 days after signature and complete installation within 45 days after delivery, working around the Buyer's grain intake and outloading schedule.
P:4.2 The Supplier's installers shall follow the Buyer's rules for work at height, confined spaces and fumigation areas, and shall not enter a silo without the Buyer's written work permit.
P:4.3 The Supplier shall submit an installation plan for each depot at least 10 days before work begins, showing the cable layout for each silo, the gateway positions and the safety measures, for the Buyer's approval.
P:4.4 Risk in the equipment passes to the Buyer on signature of the delivery receipt at each depot; title passes on payment under clause 3.2.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all equipment is installed as specified; (b) each sensing point reads within plus or minus 0.5 degrees Celsius of a calibrated reference thermometer in a sample of 5% of cables chosen by the Buyer; (c) moisture readings are within 0.8 percentage points of laboratory results on 20 grain samples; (d) gateways transmit data from every silo to GrainWatch every 10 minutes without gaps for 30 consecutive days; (e) high-temperature and rising-temperature alarms reach the mobile app within 60 seconds in a test; and (f) the warehouse interface shows readings against every grain lot.
P:5.2 When the criteria are met, the parties sign a Final Acceptance certificate. Installation, trial operation or use by the Buyer is not acceptance. If a test fails, the Supplier shall remedy the defect within 15 days and the test is repeated at its cost.
P:5.3 The Supplier shall deliver as-built drawings, the sensor map of each silo, user and administrator manuals in Chinese, and the source code of the warehouse interface before Final Acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period it shall repair or replace defective equipment free of charge, correct software defects and supply new software versions.
P:6.2 A Severity 1 fault is the loss of readings or alarms from one or more silos. The Supplier shall respond to a Severity 1 fault within 2 hours and restore monitoring within 24 hours, if necessary by sending spare parts held at its service point in Harbin. For each hour by which the response is late, the Supplier shall pay CNY 800.
P:6.3 After the warranty, the Buyer may order annual support at 8% of the Equipment and Licence Subtotal per year (CNY 139,904), fixed for the three years after the warranty ends. Each year of support requires a separate order and does not renew automatically.
P:6.4 During the warranty the Supplier shall visit each depot twice a year to check cable tension, gateway batteries and sensor readings, and shall submit an inspection report after each visit.
P:6.5 The Supplier shall keep spare parts for the equipment available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The GrainWatch software remains the property of the Supplier. The Buyer's licence is perpetual and covers use at both depots and any additional silos it equips with the Supplier's sensors.
P:7.2 The warehouse management interface, its source code and the silo layout configurations made for the Buyer belong to the Buyer, which may modify them and have them maintained by others.
P:7.3 The Supplier warrants that the System does not infringe any third party's intellectual property rights and shall indemnify the Buyer against any claim that it does.
H:8. Data
P:8.1 All temperature, moisture and alarm readings, grain lot data and silo layouts are the Buyer's data. The Supplier shall use them only to perform this Contract.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's storage quantities, depot locations and the prices in this Contract, and shall not disclose it without prior written consent. This obligation continues for three years after the end of the warranty.
P:9.2 The Supplier shall make its employees and any approved subcontractors aware of this clause and is responsible for their compliance.
H:10. Delay Damages
P:10.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:11. Limitation of Liability
P:11.1 The Supplier's total liability under or in connection with this Contract, including liquidated damages, shall not exceed 50% of the Contract Price.
P:11.2 Neither party is liable for loss of profit or other indirect loss, except in the case of wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if the delay damages reach their maximum. On termination the Supplier shall refund the amounts paid for undelivered items.
P:13.2 The Supplier may terminate this Contract if the Buyer fails to pay an undisputed amount within 60 days after written notice.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.
H:15. General
P:15.1 This Contract is made in English and Chinese. Annexes: technical specification, silo list, installation plan.
P:15.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to reduce the delay.
P:15.3 Amendments to this Contract must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:15.4 The Supplier shall comply with the Buyer's rules for visitors and contractors on its depots and with all applicable laws of the People's Republic of China on product quality, import and workplace safety.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Network and Service Desk Services Agreement

**Agreement No.** OTR-MS-2027-22

**Customer:** Hulunbuir Grassland Dairy Co., Ltd., Hailar District, Hulunbuir, Inner Mongolia, People's Republic of China ("Customer")

**Provider:** Otter Tail Managed IT Services LLC, Lincoln Avenue, Fergus Falls, Minnesota, United States, acting through its service centre in Shenyang ("Provider")

The Customer operates three dairy plants, a central warehouse and a head office. It engages the Provider to manage its wide-area and local networks and to run its IT service desk for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.
1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.
1.3 "Customer Data" means all data of the Customer, its employees, farmers and customers that the Provider obtains or accesses in performing the Services, including network configurations, logs, user account data and service desk records.
1.4 "Monthly Charge" means the fixed monthly charge in Schedule 2.

## Section 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").
2.2 The agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Services

3.1 The Provider shall perform the Services in Schedule 1 to the service levels in Schedule 3, using qualified personnel and tools approved by the Customer.
3.2 The Provider shall keep a resident engineer at the head office on working days and on-call engineers within reach of each plant.
3.3 The Provider shall produce a monthly service report with incident statistics, service level results, capacity trends and recommended changes, and hold a monthly review meeting with the Customer.
3.4 The Provider shall follow the Customer's change management process. No change to a production network device may be made outside an approved change window except to restore service in a Priority 1 incident, and every emergency change must be reported on the next working day.
3.5 The Provider shall keep the configuration management database, network diagrams and asset inventory up to date and give the Customer read access at all times.

## Section 4. Transition

4.1 The Provider shall complete transition within 60 days after signature: network discovery and documentation, monitoring set-up for all devices, knowledge transfer from the Customer's current provider, and service desk set-up with the Customer's ticket categories.
4.2 Transition Acceptance requires that (a) every network device in the inventory is monitored and documented; (b) the service desk handles calls for 14 consecutive days in a parallel run with at least 95% of tickets correctly categorised; (c) the runbooks for the top 20 incident types are approved by the Customer; and (d) a simulated Priority 1 outage is detected and escalated within the times in Schedule 3. The Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met.
4.3 If Transition Acceptance is delayed beyond 60 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 2,000 per day of delay, up to CNY 120,000.
4.4 The Customer shall give the Provider access to its sites, devices, current documentation and the outgoing provider during transition.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The transition fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears.
5.2 The Customer shall pay undisputed invoices within 30 days of receipt. The charges are fixed for the Term.
5.3 Additional work is charged only when the Customer has ordered it in writing at the engineer day rate in Schedule 2.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, keep or use it for any other purpose.
6.2 The Provider shall access the Customer's network only through the Customer's bastion host with individual accounts and multi-factor authentication, keep all Customer Data in mainland China, follow the Customer's information security policies, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
6.3 The Provider shall report any security incident affecting the Customer's network or Customer Data within 1 hour, take containment measures at once, support the investigation, and be liable for losses caused by its breach of this Section 6.
6.4 At the end of the Term the Provider shall return all Customer Data, delete remaining copies from its systems and tools, and confirm the deletion in writing.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information and use it only for this agreement. This obligation survives for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 Network documentation, configurations, runbooks, scripts and reports produced for the Customer belong to the Customer, which may use and modify them freely and hand them to any successor provider.
8.2 The Provider's monitoring tools remain its property; the Provider shall export their configuration and history for the Customer on exit.

## Section 9. Liability

9.1 Each party's total liability under this agreement is limited to 150% of the total charges in Schedule 2, except for breach of Section 6 or Section 7, personal injury, fraud and wilful misconduct, which are not limited.
9.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded from the limit in 9.1.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## Section 11. Termination

11.1 The Customer may terminate this agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the Priority 1 resolution target three times in any six-month period.
11.2 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the rates in Schedule 2 and return all Customer Data.
11.3 The Provider may terminate this agreement if the Customer fails to pay undisputed invoices within 60 days after a written reminder.

## Section 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang.
12.3 During any dispute, the parties shall continue to perform their obligations that are not in dispute.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to resume performance.
13.2 The Provider's personnel on the Customer's sites shall follow the Customer's food safety, hygiene and plant safety rules.
13.3 This agreement, with its Schedules, is the entire agreement of the parties and may be amended only in writing signed by both parties.
13.4 This agreement is made in English and Chinese; both versions have equal effect.

## Schedule 1 - Services

| Service | Scope |
|---|---|
| Network management | 24x7 monitoring of 6 sites, 212 switches, 9 firewalls, 340 wireless access points and the SD-WAN links; configuration backup; firmware updates in agreed windows |
| Service desk | Mandarin-language service desk for 1,850 users from 07:00 to 22:00, seven days a week; ticket logging, first-line fixes, password resets, escalation |
| On-site support | Resident engineer at the head office; plant visits within the times in Schedule 3 |
| Problem and change management | Root-cause analysis for every Priority 1 incident; change advisory meetings every week |
| Reporting | Monthly service report and review meeting; quarterly capacity review |

## Schedule 2 - Charges (CNY, VAT included)

| Item | Basis | Amount |
|---|---|---|
| Transition fee (one-time) | After Transition Acceptance | 96,000 |
| Monthly Charge | 58,000 per month for 36 months | 2,088,000 |
| Total charges | | 2,184,000 |
| Additional work on request | CNY 1,600 per engineer day | not included |

## Schedule 3 - Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of the WAN and core network at each plant, per month | at least 99.95% | 2% of the Monthly Charge for each 0.02 point below target |
| Priority 1 (a plant or the head office cannot operate) response | 15 minutes | CNY 1,000 per 15 minutes late |
| Priority 1 resolution or workaround | 3 hours | CNY 2,000 per hour late |
| Priority 2 response | 1 hour | CNY 300 per hour late |
| Service desk calls answered within 30 seconds | at least 90% | 1% of the Monthly Charge |

Service credits are deducted from the next invoice and are capped at 20% of the Monthly Charge per month. They do not limit the Customer's other remedies.

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

E05 = """WEATHER AND CROP DATA API SUBSCRIPTION AGREEMENT

Agreement No.: GM-API-2027-09
Provider: Gunflint Agri-Weather Data Corp., Wisconsin Street, Grand Marais, Minnesota, United States ("Provider")
Customer: Henan Zhongyuan Harvest Agricultural Services Co., Ltd., Zhengdong New District, Zhengzhou, Henan Province, People's Republic of China ("Customer")

BACKGROUND
The Customer provides crop protection and harvest planning services to growers in Henan and Anhui. It subscribes to the Provider's gridded weather history, forecast and crop-model data through the Provider's application programming interface to feed its own agronomy platform. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means the Provider's application programming interface through which the Data is delivered.
1.2 "Data" means the weather observations, forecasts, soil moisture estimates and crop growth-stage model outputs described in Schedule A.
1.3 "Customer Data" means field boundaries, crop plans, query parameters and any other data that the Customer uploads or sends to the API.
1.4 "Subscription Year" means each of the two consecutive periods starting on the Go-Live Date and on its first anniversary.
1.5 "Go-Live Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and use the Data in the Customer's agronomy platform, including in reports and alerts shown to the Customer's own grower clients.
2.2 The Subscription Term is two Subscription Years starting on the Go-Live Date.
2.3 The Customer's entitlement is 5 million API calls per Subscription Year. Calls above the entitlement are charged at CNY 0.06 per call, invoiced quarterly in arrears.
2.4 The Customer may store the Data it receives in its own systems for the Subscription Term and may keep reports and alerts already delivered to its grower clients after the Subscription Term ends.
2.5 The Customer shall not resell the raw Data as such or make it available to third parties through an interface of its own.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 412,000 for each Subscription Year, CNY 824,000 for the two Subscription Years.
3.2 The integration support fee is CNY 36,000, one-time, for the Provider's engineers' help in connecting the Customer's platform, mapping the Data to the Customer's field grid and testing.
3.3 The total fixed fees under this Agreement are CNY 860,000, inclusive of VAT. Overage charges under clause 2.3 are additional.
3.4 The integration support fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

4. INTEGRATION AND ACCEPTANCE
4.1 The Provider shall make the production API and the complete historical archive for the Customer's area available within 30 days after signature and support the integration.
4.2 Integration Acceptance requires that: (a) all data layers in Schedule A are returned for 50 sample fields chosen by the Customer; (b) historical values for 10 reference weather stations match the official station records within the tolerances in Schedule A; (c) the API returns responses within 800 milliseconds for 95% of calls in a load test at 20 calls per second; and (d) daily forecast updates arrive by 05:00 Beijing time for 14 consecutive days.
4.3 If the Provider fails to make the production API and archive available by the date in clause 4.1, the Provider shall pay CNY 700 for each day of delay, up to CNY 36,000.
4.4 The Provider shall supply API documentation in English, sample code, a test key and a named integration engineer who attends weekly calls with the Customer's developers until Integration Acceptance.

5. SERVICE LEVELS
5.1 The Provider shall keep the production API available at least 99.98% of each calendar month, excluding planned maintenance notified 5 days ahead and carried out between 01:00 and 03:00 Beijing time.
5.2 A Priority 1 incident is the API being unavailable, or the daily forecast update missing, for all or most of the Customer's area. The Provider shall respond to a Priority 1 incident within 30 minutes at any time and provide updates every hour until it is resolved.
5.3 If monthly availability falls below the level in clause 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 for each started hour. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
5.4 The Provider shall give the Customer at least 90 days' notice of any change to the API that is not backward compatible and keep the previous API version running during that period.
5.5 The Provider shall publish a monthly service report with availability, latency, forecast delivery times and incidents.

6. CUSTOMER DATA AND SECURITY
6.1 Customer Data belongs to the Customer. The Provider shall process it only to deliver the Data to the Customer and shall not use it for any other purpose, including the training of models or products for others.
6.2 The Provider shall keep Customer Data encrypted in transit and at rest, restrict access to named engineers, keep access logs for one hundred and eighty days, and store Customer Data only in mainland China, at the data centre of its hosting partner in Beijing.
6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate remedial action, and be liable for losses caused by its breach of this clause 6.
6.4 The Provider shall not transfer Customer Data outside mainland China and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7. INTELLECTUAL PROPERTY
7.1 The Provider and its licensors own the Data and the API.
7.2 Field-level derived datasets, mappings and integration code that the Provider creates for the Customer under clause 3.2 belong to the Customer, which may use and modify them freely.
7.3 The Provider warrants that it has the right to license the Data and shall defend the Customer against any claim that the Customer's permitted use of the Data infringes a third party's rights.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public information, including the Customer's grower lists and field locations, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.
8.2 Each party shall limit access to the other party's confidential information to employees who need it for this Agreement.

9. SUBCONTRACTING
9.1 The Provider shall not subcontract the delivery of the Data or the handling of Customer Data without the Customer's prior written consent, other than to the Beijing hosting partner named in Schedule B, which the Customer approves by signing this Agreement.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to 200% of the total fixed fees in clause 3.3, except for breach of clause 6 or clause 8, infringement of intellectual property rights, fraud and wilful misconduct.
10.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in clause 10.1.

11. RENEWAL
11.1 At the end of the Subscription Term this Agreement renews automatically for successive renewal periods, each as long as a Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
11.2 Fees for each renewal period are the Provider's list prices for the API in effect at the start of that renewal period, which the Provider may set at its discretion.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and continues until the end of the Subscription Term and any renewal period.
12.2 The Provider may suspend or terminate the Customer's access if the Customer fails to pay an undisputed invoice within 30 days after written notice, or uses the Data in breach of clause 2.
12.3 The Customer may not terminate this Agreement before the end of the Subscription Term or of a renewal period. The Customer's remedies for any failure of the Provider are the service credits in clause 5.3, the delay payments in clause 4.3 and damages within the limit in clause 10.
12.4 On expiry the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

14. GENERAL
14.1 Neither party is liable for failure caused by force majeure, including failures of public weather observation networks outside the Provider's control.
14.2 This Agreement with Schedule A (Data Layers and Tolerances) and Schedule B (Hosting Partner) is the entire agreement of the parties and may be amended only in writing.
14.3 Notices must be in writing and sent to the addresses stated above or to such other address as a party notifies.
14.4 This Agreement is made in English and Chinese; both versions have equal effect.

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h1017z01": ("h1017z01_housing_maintenance_fund_platform.pdf", "pdf", Z01),
    "h1017z02": ("h1017z02_filter_plant_line_control_retrofit.docx", "docx", Z02),
    "h1017z03": ("h1017z03_hanfu_chain_booking_membership_saas.txt", "txt", Z03),
    "h1017z04": ("h1017z04_highway_patrol_system_annual_om.txt", "txt", Z04),
    "h1017z05": ("h1017z05_ceramics_studio_process_tracking_supplier_template.md", "md", Z05),
    "h1017e01": ("h1017e01_seed_traceability_perpetual_licence_nd_vendor.pdf", "pdf", E01),
    "h1017e02": ("h1017e02_food_inspection_saas_order_form.md", "md", E02),
    "h1017e03": ("h1017e03_grain_silo_sensors_monitoring_licence.docx", "docx", E03),
    "h1017e04": ("h1017e04_dairy_managed_network_service_desk.md", "md", E04),
    "h1017e05": ("h1017e05_weather_crop_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: language, category, terms, extra (without contract_value), contract_value, TCO fee base, forum outside mainland,
#      design rules
LABELS = {
    "h1017z01": ("zh", "software",
                 T(99.95, 0.5, True, "buyer", True, True, False, 0.03, None, 20, True, True, 24, 9, False, True,
                   False, "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False), 1600000, 860000, False,
                 ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "h1017z02": ("zh", "hardware",
                 T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, False,
                   "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False), 2360000, 2000000, False,
                 ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h1017z03": ("zh", "cloud",
                 T(99.5, 0.5, True, "buyer", True, False, True, 500 / 554000 * 100, None, None, True, None, None,
                   None, True, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 554000, None, False,
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h1017z04": ("zh", "services",
                 T(99.95, 0.25, True, "buyer", True, True, True, 600 / 468000 * 100, None, None, True, None, None,
                   None, False, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 468000, None, False,
                 []),
    "h1017z05": ("zh", "software",
                 T(None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True,
                   None, None, G),
                 dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                      acceptance_deemed_on_delivery=True), 336000, 168000, False,
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1017e01": ("en", "software",
                 T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                   "North Dakota", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False), 1738000, 1120000, True,
                 ["CR-GOVERNING-LAW"]),
    "h1017e02": ("en", "cloud",
                 T(None, None, False, "buyer", True, True, True, 700 / 797200 * 100, 200, None, True, None, None,
                   None, False, True, True, "PRC", S),
                 dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False), 797200, None, False,
                 ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h1017e03": ("en", "hardware",
                 T(None, 2, True, "buyer", False, True, True, 0.1, 50, 10, True, True, 24, 8, False, True, False,
                   "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False), 1970000, 1748800, False,
                 ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h1017e04": ("en", "services",
                 T(99.95, 0.25, True, "buyer", True, True, True, 2000 / 2184000 * 100, 150, None, True, None, None,
                   None, False, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 2184000, None, False,
                 []),
    "h1017e05": ("en", "cloud",
                 T(99.98, 0.5, True, "buyer", True, True, True, 700 / 860000 * 100, 200, None, True, None, None,
                   None, True, False, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), 860000, None, False,
                 ["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (default pack), never to be equalled by a label value
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(t, value, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, x, value, base, forum_outside):
    """My reading of policy §3 and its section on where rules apply."""
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.append("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > TH["pwf"]:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None and share > TH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.,，])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    NB + r"99\.90*(?!\d)",                                                   # availability
    NB + r"(?<!十)(?:4|four|四)\s*(?:个)?\s*(?:小时|hours?\b|hours?|hrs?\b|h\b)",  # P1 response
    NB + r"240\s*(?:分钟|minutes?)",
    NB + r"0\.050*" + PCT, r"万分之五(?![十0-9])", r"千分之(?:零点五|0\.5)", NB + r"0\.5\s*‰",  # LD rate
    NB + r"100" + PCT, r"百分之(?:一)?百",                                     # liability cap
    NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成",                # prepayment
    NB + r"12\s*(?:个月|months?|-month)", r"(?<![二一])十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"一年", r"壹年", r"one[\s-]*year", NB + r"1\s*-?\s*years?\b",              # warranty
    NB + r"15" + PCT, r"百分之十五",                                           # post-warranty fee
    NB + r"40" + PCT, r"百分之四十",                                           # TCO share
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "4 hours", "four hours", "4h", "0.05%", "0.050 %", "万分之五",
            "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "12个月", "十二个月", "12 months",
            "twelve (12) months", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "百分之四十", "240分钟"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.98%", "130%", "150%", "0.055%", "万分之五十", "2,100%",
             "112 months", "14 hours", "0.15%", "115%", "1.30%", "二十二个月", "24 months", "7×24小时", "0.02 point",
             "45%", "35%", "20%", "fourteen hours", "1 hour", "30 minutes", "2 years"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


PRICE_CHECKS = {  # key: (items summing to the contract value, payment shares in % or amounts)
    "h1017z01": ([860000, 540000, 126000, 74000], [20, 45, 35]),
    "h1017z02": ([672000, 384000, 116000, 356000, 78000, 394000, 212000, 126000, 22000], [10, 45, 45]),
    "h1017z03": ([234000, 234000, 86000], None),
    "h1017z04": ([117000] * 4, None),
    "h1017z05": ([168000, 46000, 32000, 28000, 21000, 15000, 26000], [65, 35]),
    "h1017e01": ([1120000, 486000, 94000, 38000], [20, 45, 35]),
    "h1017e02": ([369600, 369600, 58000], None),
    "h1017e03": ([928000, 307200, 217600, 296000, 182000, 39200], [10, 55, 35]),
    "h1017e04": ([96000] + [58000] * 36, None),
    "h1017e05": ([412000, 412000, 36000], None),
}


def check_prices():
    for k, (items, shares) in PRICE_CHECKS.items():
        assert sum(items) == LABELS[k][4], (k, sum(items))
        if shares:
            assert sum(shares) == 100, k
            assert 30 not in shares and 40 not in shares and 15 not in shares and 100 not in shares, k


def main():
    check_prices()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt, src) in FILES.items():
        lang, cat, t, x, value, base, forum, design = LABELS[k]
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = LIMITS[lang]
        print("%s %s %s size %d" % (k, lang, fmt, n))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append("%s threshold figure %r near %r" % (k, m.group(0),
                                                                      variant[max(0, m.start() - 30):m.end() + 30]))
        # label values against thresholds
        for key, th in (("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1"]),
                        ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
                        ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                        ("post_warranty_fee_pct", TH["pwf"])):
            v = t[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(t, value, base)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, "tco share", share)
            print("   TCO share %.2f %%" % share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        rules = derive(t, x, value, base, forum)
        if rules != sorted(design):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(design)))
        covered |= set(rules)
        print("   rules %s risk %s" % (rules, risk(rules)))
        extra = dict(x)
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    mix = {k: derive(*[LABELS[k][i] for i in (2, 3, 4, 5, 6)]) for k in LABELS}
    assert [k for k in mix if not mix[k]] == ["h1017z04", "h1017e04"], mix
    assert mix["h1017e01"] == ["CR-GOVERNING-LAW"] and risk(mix["h1017e01"]) == "low"
    assert 8 <= len(mix["h1017z05"]) <= 10
    for k in ("h1017z01", "h1017z02", "h1017z03", "h1017e02", "h1017e03", "h1017e05"):
        assert 2 <= len(mix[k]) <= 3, k
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
