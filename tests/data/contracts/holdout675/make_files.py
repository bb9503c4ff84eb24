"""holdout675: builds the ten draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes the
.json labels and asserts sums, lengths, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:荒漠化防治站沙化土地监测平台建设合同（草案）
P:合同编号：SHJC-ZFCG-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：西沙河荒漠化防治站　乙方（供应商）：绿野遥感信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就沙化土地监测平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“沙化土地动态监测平台”软件永久使用许可一套（不限用户数），部署于甲方机房的政务专网服务器。
P:1.2 乙方按甲方需求定制开发：沙化遥感影像解译模块（覆盖甲方辖区三个监测片区）、地面监测站（风蚀桩、土壤墒情站、气象站共63个站点）数据接入模块、移动巡护APP及管理驾驶舱。
P:1.3 乙方负责历史监测数据迁移、系统部署、联调、试运行及培训，培训不少于两期。
P:1.4 历史数据包括2016年以来的沙化土地监测图斑、样地调查表、站点观测记录及巡护轨迹，由甲方提供原始介质，乙方负责清洗、格式转换和入库，并出具数据质量报告。
P:1.5 乙方交付的文档包括需求规格说明书、概要及详细设计、数据字典、接口说明、测试报告、部署手册、用户手册和运维手册，均为中文版本，并提供电子版及纸质版各两套。
P:1.6 培训对象为甲方业务人员和信息技术人员，内容包括影像解译成果查询、站点运行监控、巡护任务派发、报表统计及日常运维，培训结束后进行考核。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾壹万元整（¥1,610,000.00），含税，为固定总价。其中：平台软件许可费¥846,000；定制开发费¥612,000；数据迁移及实施费¥118,000；培训费¥34,000。
P:2.2 合同总价已包含乙方履行本合同的全部费用，除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥322,000。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即¥724,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥563,500。
P:3.4 乙方每次收款前应开具合规的增值税发票；甲方付款须符合财政资金支付程序。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提请初步验收，于初步验收后试运行满六十日提请最终验收。
P:4.2 乙方应按周向甲方提交进度报告，发生可能影响工期的情形应在两个工作日内书面报告。
P:4.3 乙方应指派具有同类项目经验的项目经理及遥感、开发、测试人员组成项目组，项目经理在实施期间驻场不少于每周三个工作日。未经甲方同意，乙方不得更换项目经理。
P:4.4 甲方负责提供机房环境、政务专网接入、历史数据及必要的配合；甲方配合延误的，工期相应顺延。
P:4.5 合同签订后十日内，乙方向甲方提交合同总价5%的履约保证金，最终验收合格且无违约情形的，甲方在三十日内无息退还。
H:第五条 验收
P:5.1 初步验收标准：功能清单全部实现；遥感解译成果与甲方抽取的实地核查点对比，图斑边界误差不超过一个像元；63个站点数据实时接入，数据延迟不超过5分钟；历史数据迁移全量比对无差异。
P:5.2 最终验收标准：试运行期间无一级故障；系统在200个并发用户下页面响应不超过3秒；通过第三方安全测评；培训考核合格；技术文档和源代码交付齐全。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。系统上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、升级及技术支持。
P:6.3 质保期内乙方每季度对平台及接入站点的运行状况巡检一次，并提交巡检报告；遇沙尘暴等极端天气期间，乙方应安排专人值守。
P:6.4 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥67,680），该标准在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每迟延响应或恢复一小时，甲方有权扣减人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的解译模块、接入程序、APP、驾驶舱及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 监测数据、影像、站点信息及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》及网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，不得将数据拷出甲方网络。
P:9.3 发生数据泄露、篡改或丢失等安全事件，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的监测成果及技术资料负有保密义务，合同终止后保密义务继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，可部分或全部免除责任。
P:15.2 本合同终止时，乙方应向甲方移交全部数据、源代码、配置文件及文档，并协助甲方完成平稳交接，不得以任何理由扣留。
P:15.3 招标文件、投标文件、中标通知书及附件为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2025年＿＿月＿＿日
"""

Z02 = r"""
T:植毛生产线控制系统改造及维保合同
P:合同编号：JX-ZM-2025-0306
P:甲方（买方）：杭集洁雅牙刷制造有限公司
P:乙方（卖方）：苏锡智控自动化科技有限公司
P:鉴于甲方拟对其二号车间六条高速植毛生产线的控制系统进行改造，乙方具备相应的设备供货、软件开发及维保能力，双方经协商一致，订立本合同，以资共同遵守。
H:第一条 合同标的
P:1.1 乙方为甲方六条植毛线提供伺服驱动及PLC控制改造套件、植毛视觉检测单元、产线控制软件许可、触摸屏及电控柜，并完成安装、调试、程序定制和培训。
P:1.2 改造目标：单线植毛速度由每分钟850孔提升至每分钟1,150孔以上；换型时间由90分钟缩短至35分钟以内；缺毛、倒毛等缺陷自动检出并剔除。
P:1.3 程序定制内容包括配方管理（刷头型号、孔位图、毛束规格）、生产数据采集及与甲方现有MES系统的接口。
H:第二条 价格明细
P:合同总价为人民币壹佰壹拾玖万元整（¥1,190,000），含13%增值税、运输、保险、安装调试及培训费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|伺服驱动及PLC控制改造套件|6套|486,000
TB:2|植毛视觉检测单元|6套|238,000
TB:3|产线控制软件许可（永久）|6条线|176,000
TB:4|触摸屏及电控柜|6套|92,000
TB:|软硬件小计||992,000
TB:5|安装调试|1项|84,000
TB:6|程序定制（配方管理、MES接口）|1项|96,000
TB:7|培训|1项|18,000
TB:|合同总价||1,190,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥119,000。
P:3.2 全部设备到货并完成安装，经甲方签收后十个工作日内，甲方支付合同总价的55%，即¥654,500。到货签收及安装完成不视为验收。
P:3.3 全部生产线通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥416,500。
P:3.4 乙方每次请款前应向甲方开具等额的增值税专用发票。甲方付款前，乙方应提交对应阶段的签收单或验收报告；资料不全的，甲方付款期限相应顺延。
P:3.5 本合同价格为固定价格，在合同履行期间不因原材料、汇率或人工成本变化而调整。
H:第四条 交付与安装
P:4.1 乙方应于合同生效后七十五日内将全部设备运抵甲方车间，并按甲方排定的停线计划分批改造，每条线停线改造时间不超过五日。
P:4.2 乙方施工应遵守甲方车间的安全生产及洁净管理制度，施工人员须经甲方安全培训后方可入场。
P:4.3 乙方应在设备发运前五日通知甲方，随货提供装箱清单、合格证、电气原理图、接线图、操作及维护说明书。设备外包装应适合长途运输和多次搬运，因包装不当造成的损坏由乙方负责。
P:4.4 改造期间乙方应对拆下的原有控制器、驱动器及线缆登记造册，交还甲方处置；改造不得降低原有设备的安全防护等级，急停、防护门联锁等功能应保持完好。
P:4.5 乙方应派遣不少于四名工程师驻场，其中项目负责人须具有五条以上同类产线的改造经验，未经甲方同意不得更换。
P:4.6 乙方应在第一条线改造完成后，为甲方操作工、设备维修人员及工艺人员分别组织培训，内容包括换型操作、配方调用、视觉检测参数调整、常见报警处理和日常保养，每类人员培训不少于两次，并提供培训教材。培训结束后由乙方组织实际操作考核，考核不合格人员应安排补训。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产七十二小时，达到第1.2款目标，且视觉检测漏检率不高于0.2%、误剔率不高于0.5%，MES接口数据与现场计数一致，方为单线合格。
P:5.2 六条线全部单线合格并稳定运行二十日后，由甲方组织最终验收，出具书面验收报告。设备投产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在七日内整改并重新验收，由此发生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并提供软件修复。
P:6.2 质保期满后，甲方可委托乙方提供维保服务，年度维保费为软硬件小计的7%（即每年¥69,440），该价格在质保期满后三年内不作上调。
P:6.3 一级故障（整线停机）乙方应在1小时内响应，8小时内到场，24小时内恢复生产；二级故障（单工位异常）应在2小时内响应，48小时内解决。
P:6.4 乙方未按上述时限响应或恢复的，每迟延一小时甲方有权扣减人民币500元，从维保费或质量保证金中扣除。
P:6.5 乙方应在甲方所在地储备常用备件，并为甲方设立专门的服务热线，每月提交服务报告。
P:6.6 质保期内乙方发布的控制软件缺陷修复版本应免费提供给甲方，升级前须经甲方确认并在非生产时段实施，升级失败的应能在一小时内回退至原版本。
H:第七条 知识产权
P:7.1 产线控制软件的原有知识产权归乙方，乙方授予甲方永久使用许可，可在本合同六条生产线上使用。
P:7.2 为甲方定制的配方管理程序、MES接口程序、PLC程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产数据、配方参数、孔位图及产品图纸属于甲方所有，乙方不得复制、留存或用于其他客户。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的VPN通道进行，每次维护留存操作记录；不得在控制系统中植入远程锁机或后门程序。
P:8.3 因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的全部损失。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方交付的设备或软件存在质量问题的，应无偿修理、更换，并赔偿甲方因此遭受的停产损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气柜内部配线及现场布线工作交由具备资质的第三方施工，但应提前三个工作日书面通知甲方，并对其施工质量及安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可书面通知解除合同。
P:12.3 合同解除后，乙方应配合甲方将已改造生产线恢复至可正常生产的状态，并移交已完成部分的程序、图纸和技术资料。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交扬州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力；补充协议与本合同不一致的，以补充协议为准。
P:14.2 本合同附件包括技术规格书、改造实施方案及培训计划，与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

Z03 = r"""连锁影楼预约及会员管理系统订阅与实施服务合同

合同编号：YL-SaaS-2025-112
甲方（客户）：光影时代婚纱摄影连锁有限公司
乙方（服务商）：云约科技（成都）有限公司

甲方在华东地区经营30家直营门店，拟采用乙方的“云约”影楼预约及会员管理系统（以下简称“本服务”）。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方30家门店及总部提供本服务，功能包括：在线预约及档期管理、摄影师与化妆师排班、客照选片与交付、会员积分与储值、套系及加选销售、短信与小程序消息、经营报表。
2. 本服务部署于乙方在境内租用的云平台，乙方负责平台的运行、维护、升级及容量扩展。
（二）实施服务
1. 乙方负责将甲方现有收银系统中的会员资料、储值余额、未完成订单及历史客照索引迁移至本服务。
2. 乙方为甲方定制门店预约小程序页面、总部经营驾驶舱及与甲方财务系统的对账接口。
3. 乙方为甲方门店店长、前台、摄影及后期人员提供分批培训，培训采用集中授课与门店现场指导相结合的方式，每家门店现场指导不少于半日，并提供操作视频和常见问题手册。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自本服务通过上线验收之日起算，至次年对应日的前一日止，第二个服务年度依次顺延。
（二）服务期届满前三十日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其当期价格政策调整订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前以系统公告或邮件方式通知甲方。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币5,800元，30家门店合计174,000元；总部模块每个服务年度36,000元。每个服务年度订阅费合计人民币210,000元，两个服务年度合计420,000元。
（二）实施费：人民币68,000元，为一次性费用。
（三）本合同总金额为人民币488,000元（含6%增值税）。
（四）实施费在上线验收合格后十五个工作日内支付。每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。服务期内门店数量增加的，新增门店按剩余天数折算订阅费。
（五）短信超出套餐的部分按实际用量另行结算，不计入合同总金额。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成数据迁移、定制开发及门店部署，提请上线验收。
（二）验收标准：
1. 会员资料、储值余额及未完成订单迁移后与原系统逐条核对一致；
2. 预约、排班、选片、储值、报表等功能按功能清单逐项测试通过；
3. 小程序预约页面在高峰时段（500人同时在线）页面打开时间不超过2秒；
4. 对账接口连续十日与财务系统核对无差异。
（三）全部标准达到后，甲方出具上线验收单。门店试用或甲方支付款项不视为验收合格。
（四）因乙方原因逾期完成上线验收的，每逾期一日，乙方按合同总金额的千分之一向甲方支付违约金。

五、服务水平
（一）本服务每月可用率不低于99.5%，可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数；经甲方同意的计划维护不计入不可用时间。
（二）故障分级及响应：
1. 一级故障：全部门店无法预约、收银或选片，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：个别问题或咨询，乙方应在1个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，按当月订阅费的2%抵扣；一级故障每超过恢复时限一小时，抵扣当月订阅费的1%。补偿在下一期订阅费中扣减。

六、知识产权
（一）本服务平台及其原有功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、驾驶舱及对账接口的源代码和设计资料归甲方所有，乙方应在上线验收后交付。

七、数据安全与数据权属
（一）甲方的会员信息、客照、订单及经营数据均属于甲方所有，乙方仅为提供本服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，对个人信息加密存储、分级授权，保留访问日志不少于六个月，每日备份。
（三）发生数据泄露或丢失事件，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向顾客承担的赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除平台中的甲方数据并出具删除证明。

八、保密
（一）双方对在合作中知悉的对方商业秘密、技术资料及顾客信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至该信息公开为止。
（二）乙方应要求其参与本项目的员工签署保密承诺，员工离职后仍应遵守。因乙方员工违反保密义务给甲方造成损失的，由乙方承担赔偿责任。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十、分包
乙方不得将本服务的开发、运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。乙方使用的云平台服务商须在合同附件中列明。

十一、合同解除
（一）乙方严重违约，且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
（二）单月可用率连续两个月低于98%的，甲方有权解除合同。

（三）合同解除或终止的，乙方应按本合同第七条第（四）项导出并交付数据，并在数据交付前维持本服务的只读访问。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三、双方的其他权利义务
（一）甲方应指定总部项目联系人，及时提供门店清单、套系价格、会员规则及原系统数据导出文件，并组织门店人员参加培训。
（二）乙方应为甲方指定专属客户经理和实施顾问，实施期间每周提交进度报告，服务期内每月提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（三）乙方对本服务进行重大版本升级或功能调整的，应提前十五日通知甲方，升级不得降低已有功能和服务水平，不得导致甲方数据丢失。
（四）乙方应保证小程序及短信功能符合相关平台规则和广告、个人信息保护法律法规的要求，因乙方原因导致小程序被下架或短信通道被关闭的，乙方应立即恢复并赔偿甲方损失。
（五）乙方应提供门店收银终端、小票打印机及扫码设备的兼容清单，甲方按清单自行采购的设备出现兼容问题的，由乙方负责调试解决；乙方新版本发布后，应同步更新操作手册和培训视频，并对甲方门店进行线上讲解。
（六）乙方应为新开门店在五个工作日内完成账号开通和人员培训，为关闭门店及时冻结账号，冻结期间的数据仍由乙方按本合同第七条保存。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同的附件与正文具有同等效力，附件与正文不一致的，以正文为准。附件：功能清单、门店清单、服务水平说明、数据迁移方案。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

Z04 = r"""东干渠引水工程渠道调度系统2025年度运维服务合同

项目编号：YSGC-CS-2025-009（竞争性磋商）
采购人（甲方）：东干渠引水工程管理局
供应商（乙方）：江河智水信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就渠道调度系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象包括：渠道调度中心的调度业务系统、闸门远程控制系统、水情及工情监测系统、视频监控平台，沿线42座闸站的现地控制单元、遥测终端和通信链路，以及调度中心机房的服务器、存储、网络和安全设备。
（二）服务内容包括：日常巡检、故障处理、系统优化、数据备份与恢复演练、汛前全面检修、输水调度保障值守、安全加固及运维报告。
（三）服务期限为一个服务年度，自2025年3月1日起至2026年2月28日止。

第二条 服务费用及支付
（一）本合同总价为人民币陆拾贰万肆仟元整（¥624,000），包含人工、差旅、工具、备品备件（单件¥2,000以下）及税费。
（二）服务费按季度支付，每季度¥156,000。每季度末甲方根据考核结果确认当季服务费，乙方开具发票后十五个工作日内支付。考核扣减的款项从当季服务费中扣除。
（三）单件价格¥2,000以上的备件，由乙方报价，经甲方书面确认后另行结算。

第三条 服务团队
（一）乙方在调度中心派驻运维工程师三名，实行5×8小时驻场、7×24小时电话值守；输水期间及汛期实行24小时现场值守。
（二）驻场人员须具备相关专业资格，名单报甲方备案，未经甲方同意不得更换。

第四条 服务水平
（一）调度业务系统及闸门远程控制系统月可用率不低于99.95%。
（二）故障分级：
1. 一级故障：调度系统或闸门远程控制中断、主干通信中断，乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障：单个闸站控制或监测中断，乙方应在1小时内响应，当日到达现场，24小时内恢复；
3. 三级故障：其他一般问题，在3个工作日内解决。
（三）考核扣减：一级故障每超时一小时，扣减当季服务费的1%；月可用率每低于承诺值0.01个百分点，扣减人民币1,000元；二级故障每超时一日扣减人民币800元。

第五条 巡检与检修
（一）乙方每周对调度中心设备巡检一次，每月对沿线闸站巡检一次，并填写巡检记录。
（二）乙方应于每年4月20日前完成汛前全面检修，包括闸门开度仪校验、遥测终端供电检查、通信链路测试和备用电源切换试验，形成检修报告报甲方审核。乙方逾期完成汛前检修的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（三）每季度开展一次数据备份恢复演练，验证调度数据库、监测历史库及系统配置能够在规定时间内完整恢复，演练记录报甲方备案。
（四）乙方应每月检查沿线闸站的防雷接地、机柜温湿度和蓄电池状态，发现隐患及时处理；需要甲方协调停水、停电或进入管理范围的，应提前三日提出申请。
（五）乙方更换备件后，应将旧件交甲方登记，并在设备台账中记录更换原因、时间和备件序列号。

第六条 应急保障与系统优化
（一）乙方应在合同签订后二十日内编制调度系统应急预案，包括调度中心断电、主干通信中断、闸门失控、服务器宕机等场景的处置流程，报甲方审定后执行。每半年配合甲方开展一次应急演练，演练结束后提交评估报告。
（二）输水调度期间，乙方应安排熟悉闸门控制逻辑的工程师在调度中心值守，配合调度员执行调度指令，发现闸门开度与指令不符、水位数据跳变等异常情况应立即报告并处置。
（三）乙方应结合运行情况，每季度提出系统优化建议，包括数据库性能优化、报表调整、监测阈值配置和告警规则完善，经甲方同意后实施，实施前应做好备份并制定回退方案。
（四）乙方应建立设备台账和运维知识库，记录设备型号、配置参数、故障处理过程和变更记录，并在每月5日前向甲方提交上月运维月报。

第七条 服务交接
（一）服务期开始时，乙方应与甲方及原运维单位完成交接，核对设备清单、账号权限和技术资料，发现问题应书面提出。
（二）服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的单位移交全部账号、口令、配置、脚本、台账和文档，并提供不少于十个工作日的交接支持，交接期间不得影响调度系统运行。
（三）乙方在服务期内使用的运维工具软件，如需继续使用，乙方应协助甲方办理相关授权。

第八条 甲方义务
甲方应为乙方驻场人员提供必要的办公场所、网络环境和进出闸站的便利条件，及时审批运维方案和变更申请，并按约定支付服务费。
甲方应指定运维管理负责人，负责日常联络、考核组织和运维工作的监督检查；对乙方提交的巡检报告、检修报告和优化方案，甲方应在五个工作日内提出审核意见。甲方对调度系统进行新建、改造或接入新的闸站的，应提前通知乙方，相关设备在质保期满后纳入运维范围的，由双方另行协商费用。

第九条 考核与验收
（一）甲方每季度按本合同附件《运维服务考核细则》对乙方进行考核，考核指标包括故障响应及恢复时限、巡检完成率、报告及时性和调度保障情况，考核得分低于80分的，当季服务费按考核细则扣减。
（二）服务期满，乙方提交年度运维总结报告、设备台账及全部运维文档，甲方组织服务验收并出具验收意见。

第十条 数据安全
（一）调度数据、水情工情数据、视频资料及系统配置均属于甲方所有，乙方仅可为履行本合同使用，不得留存副本，不得用于其他任何目的。
（二）乙方应遵守网络安全等级保护制度及关键信息基础设施安全保护的相关规定，运维操作须通过甲方堡垒机进行，严禁使用外网远程工具，严禁私接移动存储介质。
（三）发生网络攻击、数据被篡改或丢失等数据安全事件，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、配置文件、应急预案和技术文档的知识产权归甲方所有。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十三条 违约责任
（一）乙方未按约定派驻人员的，每人每日扣减人民币600元。
（二）因乙方原因导致调度中断、闸门误动作或设备损坏的，乙方应承担修复费用并赔偿甲方损失。
（三）合同履行期间，双方均应全面履行本合同，任何一方不得单方解除合同。乙方出现违约情形的，甲方可按本合同扣减服务费并要求乙方限期整改，乙方应继续履行。

第十四条 不可抗力
因洪水、地震等不可抗力影响履行的，受影响方应及时通知对方，并在不可抗力影响消除后继续履行。遇防汛抢险等紧急情况，乙方应服从甲方统一调度，增派人员协助恢复调度系统和闸站通信，所需额外人工费用由双方据实协商。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
本合同服务期满自动终止，不自动续期。磋商文件、响应文件及附件为本合同组成部分。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z05 = r"""# 珍珠分级打孔生产追溯系统软件许可及定制开发合同

**乙方标准合同文本 ZY-HT-V3.0**

- 合同编号：ZY-2025-0419
- 甲方（买方）：诸暨山湖珍珠加工有限公司
- 乙方（卖方）：珠云软件科技（杭州）有限公司

甲方因生产管理需要，向乙方采购“珠云”珍珠分级打孔生产追溯系统软件许可及定制开发服务。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供“珠云”生产追溯平台标准版软件使用许可，部署于甲方厂区服务器，许可范围为甲方一个厂区。

1.2 乙方根据甲方需求进行定制开发，内容包括：分级工位对接（光泽、形状、瑕疵、尺寸分级结果录入及称重设备对接）、打孔机数据采集、批次追溯码生成与打印、成品出入库及客户订单追溯查询。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 软件许可为永久许可，许可范围内的并发用户数不超过60个，分级及打孔工位终端不超过45台。甲方扩大使用范围、增加厂区或终端数量的，应另行向乙方购买许可。

1.5 系统运行环境：服务器、操作系统、数据库、打印机、扫码枪及网络设备由甲方自行采购并符合乙方提供的配置要求。因运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.6 培训内容包括系统管理、分级录入、打孔数据查看、追溯码打印及报表查询，培训时间为两天，在甲方厂区集中进行。甲方需要增加培训的，按乙方人天单价另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯平台标准版软件许可 | 520,000 |
| 2 | 定制开发（分级工位对接、打孔数据采集、追溯码、订单追溯） | 360,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 940,000 |

合同总价为人民币玖拾肆万元整（¥940,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥611,000。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥329,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施或维护服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后七十日内完成系统安装部署及定制功能开发，并通知甲方上线运行。

4.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的需求变更，按乙方人天单价另行收费。

4.3 上线运行前，乙方协助甲方导入分级标准、珠型及规格编码、工位及打孔机设备信息和期初库存数据，数据的准确性由甲方负责。

4.4 甲方应按乙方要求提供服务器、网络环境、分级标准及基础数据，因甲方原因导致延误的，交付期限相应顺延。

## 第五条 维护服务

5.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、远程方式提供技术支持，对系统缺陷进行修复。

5.2 乙方将尽商业上合理的努力及时处理甲方报告的问题，具体处理时间视问题的复杂程度而定。

5.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的32%，即每年¥166,400。未签订维护合同的，乙方不再提供任何维护和升级服务。

5.5 年度维护合同每次签订一个维护年度，维护内容包括远程技术支持、缺陷修复及标准版本升级；定制功能的修改、新增报表及接口调整不属于维护范围，按乙方人天单价另行收费。

5.6 乙方发布标准版本升级时，甲方应配合完成升级，甲方拒绝升级导致的兼容问题由甲方自行承担。乙方对三个大版本以前的旧版本不再提供维护。

5.7 乙方提供维护服务的时间为工作日9:00至17:30，节假日及非工作时间的现场服务需提前预约，并按乙方加班标准收费。

5.4 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不属于维护范围，乙方可另行收费处理。

## 第六条 知识产权

6.1 “珠云”平台软件及其全部版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的程序、追溯码规则、接口、数据库设计及相关文档的知识产权均归乙方所有，甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给任何第三方。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第七条 数据安全

7.1 甲方在系统中录入和产生的生产数据、分级数据、客户订单信息均归甲方所有，乙方仅为提供维护服务而访问，不得用于其他目的。

7.2 乙方远程维护前应取得甲方同意，维护时采取账号隔离、操作留痕等安全措施，不得复制或带走甲方数据。

7.3 因乙方原因造成甲方数据泄露、损毁或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

## 第八条 保密

双方对本合同内容及在履行中知悉的对方技术秘密、经营信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后三年内有效。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任（包括违约金及损害赔偿）累计不超过合同总价的20%。

9.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十条 合同解除

10.1 一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除合同。

10.2 甲方解除合同的，已支付的许可费不予退还。

10.3 合同解除后，甲方应停止使用乙方软件并删除相关安装程序，乙方应协助甲方导出系统中的生产及订单数据，导出服务按乙方人天单价收费。

## 第十一条 甲方义务

11.1 甲方应指定项目负责人，负责需求确认、资料提供及内部协调，并在乙方提出确认请求后三个工作日内给予书面答复，逾期未答复的视为确认。

11.2 甲方应妥善保管系统账号和密码，做好服务器日常管理和数据备份。因甲方未备份造成的数据损失，由甲方自行承担。

11.3 甲方不得将软件出租、出借、转让或用于许可范围以外的厂区，不得自行或委托他人对软件进行反向工程。

## 第十二条 通知

双方的通知以书面形式送达本合同首部所列地址或以电子邮件发送至双方项目负责人邮箱，电子邮件发出即视为送达。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方不承担责任，但应及时通知对方并提供证明。不可抗力包括自然灾害、政府行为、大范围网络故障及第三方云服务中断等乙方无法控制的情形。不可抗力持续超过三十日的，双方可协商解除合同。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同附件为功能清单，附件与本合同正文不一致的，以本合同正文为准。

15.3 甲方签署本合同即表示已阅读并理解乙方标准合同文本的全部条款。

甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. RIV-CN-2025-044
P:This Agreement is made between Tianshan Greenfield Agriculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changji, Xinjiang (the "Buyer"), and Riverina Irrigation Analytics Pty Ltd, ABN 41 603 118 270, of Fitzmaurice Street, Wagga Wagga, New South Wales, Australia (the "Vendor").
P:Background: The Buyer operates irrigated cotton and tomato farms and wishes to acquire a perpetual licence to the Vendor's irrigation scheduling and farm water accounting software, together with configuration, interfaces, data migration and training, on the terms set out below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's IrriPlan Enterprise software, version 8, including the scheduling engine, the water ledger, the field mobile application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, crop coefficient tables, scripts and documentation prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, collected by or generated by the Software in the Buyer's environment, including sensor readings, field boundaries, water allocations, crop records and personal information of the Buyer's staff.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Buyer under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in Changji for up to 220 named users and 36 farm sites operated by the Buyer or its affiliates in mainland China.
P:2.2 The Vendor shall configure the Software for the Buyer's crops and irrigation methods, build interfaces to the Buyer's soil moisture probe network, its weather stations and its ERP system, migrate six seasons of historical irrigation records, and train the Buyer's agronomists, water officers and IT staff.
P:2.3 The detailed scope, milestones and responsibilities are set out in Annex 1 (Statement of Work).
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,800,000, inclusive of applicable Chinese taxes and all travel costs, made up of: perpetual Software licence fee CNY 1,280,000; configuration and interfaces CNY 396,000; data migration CNY 70,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate movements.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 360,000) within 30 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 810,000) within 30 days after the Software has been installed and the Buyer has signed the installation certificate. The installation certificate records delivery only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 630,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account in Shanghai or to another account the Vendor notifies in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 60 days after signature and shall complete configuration, interfaces and migration within 150 days after signature.
P:5.2 Final Acceptance tests shall demonstrate that: (a) every function in the Annex 1 checklist works as specified; (b) irrigation schedules for three sample farms match the Vendor's reference calculation within 2% of water volume; (c) probe and weather data arrive in the Software within 10 minutes of measurement over a 14-day period; (d) migrated records reconcile in full with the source files; and (e) no Severity 1 defect occurs during a 30-day trial run.
P:5.3 If the tests are passed, the Buyer shall issue the Final Acceptance certificate within 10 working days. Installation, go-live, productive use or any payment does not constitute acceptance. If any test fails, the Vendor shall correct the defects at its own cost and repeat the tests.
P:5.4 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty, Support and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee shall be 11% of the Software licence fee, that is CNY 140,800 per year, and shall not increase for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Support requests are classified as follows. Severity 1 (the scheduling engine or water ledger is unavailable to all users): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 3 working days. Severity 3 (minor issue or question): response within 1 working day.
P:6.4 For every hour by which the Vendor misses a Severity 1 response or workaround time, the Buyer may deduct CNY 1,500 from amounts due to the Vendor or claim it as a service credit.
P:6.5 Support is provided in Chinese through a Beijing-time service desk. Remote access to the Buyer's systems requires the Buyer's prior approval for each session.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors; the Buyer's rights in it are those of Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, retain, aggregate or use it for any other purpose, nor transfer it outside mainland China.
P:8.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, use encrypted channels for remote sessions, follow the Buyer's access control procedures and keep a log of all access.
P:8.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any security incident affecting Buyer Data, shall take remedial measures, and shall be liable for all losses caused by incidents attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement of third-party rights, personal injury or wilful misconduct.
P:10.2 Neither party is liable for indirect or consequential loss, except as provided in Article 8.3.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of deliverables the Buyer elects to keep.
P:12.3 The licence in Article 2.1 survives termination for any reason other than the Buyer's failure to pay the licence fee.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of New South Wales, Australia.
P:14.2 The parties submit to the non-exclusive jurisdiction of the courts of New South Wales and the courts entitled to hear appeals from them.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English and Chinese; both versions have equal effect.
P:15.3 Notices shall be given in writing by courier or email to the addresses and contact persons named in Annex 1. A notice sent by email is received when the sender receives no delivery failure message, and a notice sent by courier is received on delivery.
P:15.4 The Vendor shall keep a project manager who speaks Mandarin available throughout implementation, and shall ensure that all on-site personnel comply with the Buyer's farm safety, biosecurity and vehicle rules, including the cleaning of equipment before entering irrigated fields.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = r"""# ORDER FORM — FIELD SERVICE SCHEDULING SUBSCRIPTION

Order Form No. MQ-OF-2025-0071, issued under the General Terms in Part B.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** Macquarie Fieldworks Software Pty Ltd, ABN 62 611 904 357, Talbragar Street, Dubbo, New South Wales, Australia, acting through its Shanghai representative.
- **Customer:** Huabei Agricultural Machinery Service Co., Ltd., Shijiazhuang, Hebei, People's Republic of China.

### A2. Subscription

The Customer subscribes to FieldQ, the Provider's cloud platform for scheduling service technicians, managing work orders, tracking parts and capturing customer signatures in the field, for 180 named technician users and 25 dispatcher users across the Customer's 14 service depots. The Service is hosted for the Customer in a mainland China cloud region operated by a licensed local cloud provider.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date recorded in the Go-Live Acceptance certificate. The subscription ends at the end of the second Subscription Year and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 205 users, annual | 286,000 |
| Subscription fee, Subscription Year 2 | 205 users, annual | 286,000 |
| Onboarding (configuration, data import, ERP connector, training) | one-time | 48,000 |
| **Total Fees** | | **620,000** |

All amounts include VAT. Additional users may be added at the same per-user rate, pro rata for the remaining part of the Subscription Year.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days by bank transfer in CNY.

### A6. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 50 days after signature of this Order Form.
2. Go-Live Acceptance requires that: (a) all 14 depots, their technicians, skills and service territories are configured; (b) open work orders and the parts catalogue are imported and reconciled line by line with the Customer's ERP extract; (c) the ERP connector posts completed work orders and parts usage without error for 10 consecutive working days; and (d) a dispatcher can schedule 300 work orders in a test day with page loads under 3 seconds.
3. When the criteria are met, the Customer signs the Go-Live Acceptance certificate. Use of the Service before that date does not amount to acceptance.
4. If the Provider misses the onboarding date for reasons within its control, it shall pay the Customer CNY 500 for each day of delay.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the FieldQ platform, its mobile applications and the related support described in this Order Form.

1.2 "Customer Data" means all data the Customer or its users enter into the Service or that the Service generates for the Customer, including work orders, customer addresses, signatures, photographs and technician locations.

1.3 "Customer Configurations" means the workflows, forms, report templates and connector mappings built for the Customer during onboarding or later at its request.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 The Provider may update the Service from time to time, provided that an update does not materially reduce the functionality the Customer has subscribed to.

2.3 Support is available in Mandarin and English by telephone, email and the in-app help desk. The Customer shall name up to six administrators who may raise support incidents on behalf of its users.

2.4 The Customer is responsible for its users' compliance with the documentation, for the accuracy of the data it enters and for keeping user credentials secure.

### 3. Service Levels

3.1 The Provider targets a monthly availability of 99.95% for the Service, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

3.2 Support incidents are classified by severity. For a Severity 1 incident (the Service is unavailable to all users or dispatching is impossible) the Provider shall respond within 1 hour and work continuously until a workaround is in place. For Severity 2 the response time is 2 hours, and for Severity 3 it is one business day.

3.3 The Provider will report its performance against these service levels each month and, where a level is missed, will provide a root-cause analysis and an improvement plan. The service levels are performance targets. A failure to meet them does not entitle the Customer to any service credit, fee reduction, refund or damages, and the Customer's remedies for persistent failure are those in Section 10.

### 4. Customer Data

4.1 As between the parties, the Customer owns all Customer Data. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 Customer Data is stored and processed in mainland China and is not transferred abroad.

4.3 On expiry or termination the Provider shall, at the Customer's request, export all Customer Data in CSV and image formats within 20 days and then delete it, confirming deletion in writing.

### 5. Data Security

5.1 The Provider shall maintain security measures appropriate to the risk, including encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, role-based access, logging of administrative activity, daily backups and a filing under the PRC multi-level protection scheme at level 3.

5.2 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall investigate and contain the incident, and shall be responsible for losses the Customer suffers as a result of an incident caused by the Provider or its subcontractors.

### 6. Intellectual Property

6.1 The Provider owns the Service and all improvements to it.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and have third parties work on them without restriction, and the Provider shall hand them over in a documented form on request.

### 7. Confidentiality

7.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for this Order Form and disclose it only to personnel and advisers who need it and are bound by similar duties.

7.2 These duties survive for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 The Provider may use subcontractors and sub-processors, including its hosting provider and local implementation partners, to perform any part of the Service. The Provider shall inform the Customer in writing of each new subcontractor before it starts work and remains responsible for its subcontractors' performance.

### 9. Limitation of Liability

9.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid and payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect loss, loss of profit or loss of goodwill.

9.3 The limits in this Section do not apply to the Customer's obligation to pay fees, to breach of Section 7, or to a party's fraud or wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice describing the breach.

10.2 If the Customer terminates under Section 10.1, the Provider shall refund any prepaid subscription fees for the period after termination.

10.3 Sections 4, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 This Order Form and these General Terms form the entire agreement between the parties on their subject matter. In case of conflict, Part A prevails over Part B.

12.2 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

12.3 Notices under this Order Form shall be in writing and sent by email to the contacts named in Part A, with a copy by courier for any notice of breach or termination.

12.4 This Order Form may be signed in counterparts and by electronic signature, and both the English and Chinese versions are equally authentic.
"""

E03 = r"""
T:Supply and Licence Contract — Dairy Farm Sensor Monitoring System
P:Contract No. MNDY-IT-2025-118
P:Buyer: Inner Mongolia Caoyuan Dairy Farming Co., Ltd., Hohhot, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: New England Livestock Sensing Pty Ltd, ABN 27 159 440 812, Peel Street, Tamworth, New South Wales, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard form for the supply of equipment and software. The Supplier shall supply, install and commission barn environment sensors, milk vat sensors, gateways and a perpetual licence to its herd and farm monitoring software for the Buyer's nine dairy farms, on the following terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's HerdWatch monitoring software, version 5, including the alarm engine, dashboards and mobile application.
P:1.3 "System" means the Equipment and the Software together, as installed and integrated at the Buyer's farms.
P:1.4 "Buyer Data" means all readings, alarms, herd records, images and other data collected, processed or generated by the System.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,900,000, fixed, inclusive of VAT, delivery to each farm, insurance, customs clearance and all other costs of the Supplier, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Barn environment sensor (temperature, humidity, ammonia)|320|2,150|688,000
TB:2|Milk vat temperature and level sensor|48|6,400|307,200
TB:3|LoRa / 4G gateway with battery backup|24|9,800|235,200
TB:4|HerdWatch software perpetual licence, nine farms|1|418,000|418,000
TB:|Hardware and Licence Subtotal|||1,648,400
TB:5|Installation and commissioning|1||146,000
TB:6|Integration with the Buyer's ERP and milking system|1||88,000
TB:7|Training|1||17,600
TB:|Contract Price|||1,900,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 190,000) within 20 days after signature, against an advance payment guarantee of the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 1,045,000) within 20 days after the Installation Certificate for all nine farms. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 665,000) within 20 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the farms within 70 days after signature and complete installation within 110 days after signature.
P:4.2 Installation work in barns shall follow the Buyer's biosecurity rules, including disinfection of footwear and tools, and shall be scheduled so as not to disturb milking times.
P:4.3 The Supplier shall provide packing lists, certificates of origin and conformity, wiring diagrams and operating manuals in Chinese with each shipment.
P:4.5 The Supplier shall calibrate every sensor before shipment and again after installation, and shall hand over a calibration record for each serial number. Sensors in ammonia-rich barns shall carry the corrosion-resistant housing specified in the technical annex.
P:4.6 The Supplier shall keep at its Hohhot service point, throughout the warranty period, spare sensors and gateways equal to at least 3% of the installed quantity of each type, so that failed units can be exchanged without waiting for imports.
P:4.7 Training shall cover farm managers, herdsmen, maintenance electricians and the Buyer's IT staff. It shall be given at three farms and in Hohhot, in Chinese, with printed and video materials, and shall end with a practical test. Staff who fail the test shall be trained again at no extra cost.
P:4.4 If the Supplier fails to complete installation or to achieve Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance tests shall be carried out by the Buyer with the Supplier's assistance after a 30-day trial run, and shall show that: (a) at least 99% of sensors report at the configured interval; (b) sensor readings deviate from a calibrated reference by no more than 0.5 °C and 3% relative humidity; (c) milk vat alarms reach the duty phone within 60 seconds in each of 20 simulated events; (d) data flows to the ERP and milking system without loss over 10 days; and (e) no Severity 1 fault occurred during the trial run.
P:5.2 When all criteria are met, the Buyer shall issue the Final Acceptance certificate. Installation, use of the System or payment does not constitute acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, including shipping, and shall provide Software updates and support without charge.
P:6.2 After the warranty period the Buyer may order support for the System at an annual fee of 6% of the Hardware and Licence Subtotal (CNY 98,904 per year). This fee is fixed for two years after the warranty period and is ordered each year by purchase order; there is no automatic renewal.
P:6.3 Faults are handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring platform down, or milk vat alarms not delivered at any farm|30 minutes|8 hours
TB:Severity 2|One gateway or group of sensors offline|2 hours|2 working days
TB:Severity 3|Single sensor fault or minor issue|1 working day|5 working days
P:6.4 The monitoring platform shall be available at least 99.95% of each month. For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay a service credit of CNY 800, and for each 0.01 percentage point of availability below the commitment a service credit of CNY 1,000.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for its nine farms and any farm it later adds in mainland China.
P:7.2 The alarm rules, dashboards, ERP interface programs and configuration files developed for the Buyer, with their source code, belong to the Buyer, which may use and modify them freely.
H:8. Data Security and Ownership
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract, shall not keep copies and shall not use it, even in anonymised or aggregated form, for any other purpose.
P:8.2 The System is hosted on the Buyer's servers in Hohhot. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall comply with PRC data protection laws and the Buyer's security policies.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, cooperate in its investigation and remediation, and compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent, during the Contract and for three years after it ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for breach of Clauses 8 and 9, personal injury, death and wilful misconduct, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and is responsible for any approved subcontractor as for itself.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:12.2 On termination, the Supplier shall refund amounts paid for undelivered or rejected items and hand over all documentation for items the Buyer keeps.
H:13. Force Majeure
P:13.1 A party affected by force majeure shall notify the other promptly and is excused for the duration of the event; if it lasts more than 60 days, either party may terminate.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
H:15. General
P:15.1 The Supplier warrants that it holds all export licences and certifications required to supply the Equipment to China and that the radio equipment is approved for use in mainland China. Any customs duties or delays arising from missing approvals are for the Supplier's account.
P:15.2 Notices shall be in writing and sent to the addresses in this Contract. The Buyer's project manager is responsible for coordination between farms, and the Supplier shall name a project manager with authority to agree schedules and changes.
P:15.3 The Annexes (technical specification, farm list, installation plan and acceptance test plan) form part of this Contract. This Contract is made in English and Chinese, both versions being equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED SERVICES AGREEMENT — SERVICE DESK, END-USER AND SITE NETWORK SUPPORT

Agreement No. MRY-MSA-2025-09

**Customer:** Zhejiang Huamei Home Textiles Co., Ltd., Shaoxing, Zhejiang, People's Republic of China ("Customer").

**Provider:** Murray Border Managed IT Pty Ltd, ABN 85 620 377 149, Dean Street, Albury, New South Wales, Australia, performing through its team in Hangzhou ("Provider").

The Customer wishes to outsource its IT service desk, end-user device support and site network support for its head office and five weaving and dyeing plants. The Provider agrees to provide those services on the terms of this Agreement and its Schedules.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Completion Certificate under Section 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers to which the Provider has access in performing the Services, including tickets, device inventories, user accounts and network configurations.

## Section 2. Services

2.1 The Provider shall perform the Services in Schedule 1 for about 1,350 users and 1,480 devices at the Customer's six sites, to the service levels in Schedule 2 and for the charges in Schedule 3.

2.2 The Provider shall assign a named service delivery manager, a Mandarin-speaking service desk team working from Hangzhou and at least one on-site engineer for each plant during the plant's day shift.

2.3 The Provider shall maintain a configuration management database of all devices and network equipment in scope, keep it current and provide monthly extracts to the Customer.

2.4 Changes to the Services shall be agreed through a written change request signed by both parties, stating the effect on charges and service levels.

## Section 3. Transition

3.1 The Provider shall complete transition within 60 days after signature of this Agreement. Transition includes knowledge transfer from the Customer's current support staff, the set-up of the ticketing tool, inventory of all devices, the documentation of every site network and the onboarding of the service desk team.

3.2 The Customer shall sign the Transition Completion Certificate when the following criteria are met: (a) the service desk has handled live tickets for 10 working days with no P1 response missed; (b) the device and network inventory has been verified by sample checks at each site with no more than 2% discrepancies; (c) the runbooks and escalation paths in Schedule 1 are approved by the Customer; and (d) the monthly reporting pack has been demonstrated.

3.3 If transition is not completed on time, the Provider shall add resources at its own cost and use all reasonable efforts to complete it as soon as possible, and the Customer's current arrangements shall continue in the meantime.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The transition fee is invoiced after the Customer signs the Transition Completion Certificate. The monthly service charge is invoiced monthly in arrears.

4.2 Invoices are payable within 30 days by bank transfer. Charges are fixed for the Term, and device volume changes of up to 8% above or below the baseline in Schedule 3 do not change the monthly charge.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 each month and report on them in the monthly reporting pack.

5.2 If a service level is missed, the Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not limit the Customer's other rights.

## Section 5A. Customer Responsibilities

5A.1 The Customer shall give the Provider's staff access to its sites, a workspace at each plant, administrator accounts needed for the Services and timely decisions on change requests.

5A.2 The Customer shall keep its hardware and software vendor support contracts in force for equipment in scope and authorise the Provider to raise cases with those vendors on its behalf.

5A.3 Where the Provider cannot meet a service level because the Customer has not met a responsibility in this Section, the miss is excused for that incident, provided the Provider promptly reported the cause.

## Section 5B. Personnel and Governance

5B.1 The Provider shall keep key personnel, including the service delivery manager and the network lead, in their roles for at least the first year of service unless the Customer agrees otherwise, and shall replace any person the Customer reasonably objects to within 10 working days.

5B.2 The parties shall hold a monthly operational meeting and a quarterly service review attended by the Customer's IT director, at which trends, improvement actions and planned changes are agreed and minuted.

## Section 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall return it, together with the configuration management database, at the end of the Term.

## Section 7. Intellectual Property

7.1 Runbooks, scripts, network diagrams, knowledge articles and other documents created by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

7.2 The Provider's pre-existing tools and methods remain its property. The Provider grants the Customer a free licence to use any of them embedded in the deliverables.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, use it only to perform this Agreement and disclose it only to staff who need to know it. This duty continues for three years after the Term ends.

8.2 The Provider shall ensure that every person working on the Services signs a confidentiality undertaking before receiving access.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 8.

9.2 Neither party is liable for loss of profit or indirect loss.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of an approved subcontractor.

## Section 11. Term and Termination

11.1 This Agreement runs for the Term. It may be extended only by a written amendment signed by both parties; it does not renew automatically.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the same P1 service level in three consecutive months.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the monthly charge rate pro rata, including handover to the Customer or a successor provider of all documentation, credentials and open tickets.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Mandarin for all users; ticket logging, triage, first-line fixes, password resets | 07:00–22:00, 7 days |
| End-user support | Desktop, laptop, printer and mobile device support; imaging, moves, adds and changes; hardware break-fix with vendors | Plant day shifts |
| Site network support | LAN, Wi-Fi and plant-floor switches at six sites; monitoring, incident handling, firmware updates, configuration backups | Monitoring 24 × 7 |
| Problem and change management | Root-cause analysis of repeated incidents; change scheduling outside production hours | Business days |
| Reporting | Monthly reporting pack and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Service credit per miss |
|---|---|---|---|---|
| P1 | Site network down, or production line systems unable to connect | 15 minutes | 3 hours | 2% of the monthly service charge |
| P2 | Group of users or one department unable to work | 30 minutes | 8 hours | 1% of the monthly service charge |
| P3 | Single user issue with a workaround | 2 hours | 2 business days | CNY 100 |
| Service desk | Calls answered within 60 seconds | 90% of calls monthly | — | 1% of the monthly service charge |

Service credits in any month are capped at 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Completion Certificate | 94,000 |
| Monthly service charge | 36 months × CNY 58,500 | 2,106,000 |
| **Total charges over the Term** | | **2,200,000** |

Baseline: 1,350 users and 1,480 devices. Charges include VAT and all travel within Zhejiang.
"""

E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GLD-API-2025-033

PARTIES

This Agreement is between Goldfields Agroclimate Data Pty Ltd, ABN 19 634 207 585, Lydiard Street North, Ballarat, Victoria, Australia ("Provider"), and Shandong Fengnong Crop Inputs Co., Ltd., Jinan, Shandong, People's Republic of China ("Customer").

RECITALS

The Provider operates a data service that combines satellite vegetation indices, gridded weather observations, short-range forecasts and soil moisture estimates, and delivers them through an application programming interface (the "API"). The Customer wishes to subscribe to the API to support agronomy advice and product planning for the growers it supplies, on the following terms.

1. DEFINITIONS

1.1 "Subscription Year" means the yearly period starting on the Service Start Date, and the following yearly period starting on its first anniversary. The Subscription Term consists of two Subscription Years.

1.2 "Service Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

1.3 "Customer Data" means field boundaries, crop plans, trial results, grower identifiers and any other data the Customer submits to the API, and the query history associated with the Customer's account.

1.4 "Data Products" means the datasets and derived indicators the Provider makes available through the API.

1.5 "Custom Feeds" means the Customer-specific data feeds, field-level reports and connector code the Provider develops for the Customer under clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the Data Products within the Customer's business in mainland China, for up to 2,000,000 API calls per Subscription Year and up to 60,000 registered fields.

2.2 The Customer may display Data Products to its growers through its own applications, but may not resell raw Data Products as a standalone dataset.

2.3 The API is delivered through an endpoint hosted in mainland China. Data Products are refreshed daily, and forecasts four times a day.

3. INTEGRATION SERVICES

3.1 The Provider shall develop Custom Feeds for the Customer's agronomy application, including a daily field risk bulletin, an irrigation advice feed and a connector to the Customer's grower database, and shall support the Customer's developers during integration.

3.2 The Provider shall complete the integration services within 45 days after signature of this Agreement.

3.3 If the Provider misses that date for reasons within its control, it shall pay the Customer CNY 600 for each day of delay until Integration Acceptance.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: (a) each API endpoint in the technical annex returns correct data for a test set of 500 fields agreed by the parties; (b) the Custom Feeds are delivered on time on 10 consecutive days; (c) median API latency measured from Jinan is below 800 milliseconds under 50 concurrent requests; and (d) the connector synchronises the grower database without error for 5 consecutive days.

4.2 The Customer shall confirm Integration Acceptance in writing within 5 business days after the criteria are met. Use of the API for testing or production before that confirmation is not acceptance.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 348,000 for each Subscription Year, CNY 696,000 for the Subscription Term.

5.2 The integration fee is CNY 24,000, payable once.

5.3 The total fees under this Agreement are CNY 720,000, inclusive of VAT.

5.4 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

5.5 API calls above the annual allowance are charged at CNY 90 per 10,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the total fees.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of each calendar month, measured at the endpoint and excluding maintenance windows notified five days in advance.

6.2 Incidents are prioritised as follows. Severity 1 (the API is unavailable or returns corrupted data for all requests): the Provider shall respond within 8 business hours and restore service as soon as practicable. Severity 2 (a Data Product is late or a Custom Feed fails): response within 1 business day. Severity 3 (questions and minor issues): response within 3 business days.

6.3 If monthly availability falls below the commitment, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. Credits are set off against the next invoice.

6.4 The Provider shall publish a monthly service report showing availability, incidents and data delivery times.

7. DATA OWNERSHIP AND USE

7.1 The Customer owns the Customer Data. The Provider owns the Data Products.

7.2 The Provider may use Customer Data to provide the API and Custom Feeds to the Customer.

7.3 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form, combined with data from other customers, to calibrate and improve its crop and yield models and to develop and market new Data Products. This licence survives the end of this Agreement.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access controls based on least privilege, audit logging, and storage in mainland China.

8.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, take all reasonable steps to contain it, and be responsible for losses the Customer suffers from an incident caused by the Provider.

9. INTELLECTUAL PROPERTY IN CUSTOM FEEDS

9.1 The Custom Feeds, including the connector source code and feed specifications, belong to the Customer. The Customer may use, modify and license them without restriction, and may ask any third party to maintain them.

9.2 The Provider's underlying models, algorithms and Data Products remain the Provider's property.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's confidential information, including the Customer's grower lists and product plans and the Provider's model documentation, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the end of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement shall not exceed two times the total fees in clause 5.3.

11.2 This limit does not apply to breach of clauses 8 and 10, to infringement claims, or to fraud or wilful misconduct.

11.3 The Provider does not warrant the accuracy of forecasts, which are estimates, but warrants that Data Products are produced with reasonable skill and care using the methods described in the technical annex.

11A. CUSTOMER OBLIGATIONS

11A.1 The Customer shall keep its API keys secure, shall allow only its own staff and contractors bound by confidentiality duties to use them, and shall notify the Provider promptly if a key is compromised so that it can be revoked.

11A.2 The Customer is responsible for the advice it gives to growers on the basis of the Data Products and shall present forecasts to growers as estimates.

11A.3 The Customer shall attribute the Provider as the source of Data Products in its applications in the form set out in the technical annex.

11A.4 The Customer shall not use the API to build a competing data service or to train models intended to replace the Data Products.

11B. SUPPORT AND ACCOUNT MANAGEMENT

11B.1 The Provider shall appoint an account manager and a technical contact who speak Mandarin, and shall hold a review meeting with the Customer each quarter to discuss data quality, new crops and regions, and planned changes to the API.

11B.2 The Provider shall give at least 90 days' notice before retiring an API version and shall keep the retired version running in parallel until the Customer has migrated, provided the Customer migrates within that period.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract any part of its obligations under this Agreement, other than the hosting of the API by the cloud provider named in the technical annex, without the Customer's prior written consent.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It will not renew automatically; the parties may agree a renewal in writing.

13.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice.

13.3 On termination for the Provider's breach, the Provider shall refund the unused part of prepaid subscription fees.

13.4 Within 30 days after the end of this Agreement, the Provider shall return Customer Data in a standard format and delete it from its systems, subject to clause 7.3.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 This Agreement, with its technical annex, is the entire agreement of the parties on its subject matter.

15.2 Amendments must be in writing and signed by both parties. The English and Chinese versions have equal force.

SIGNATURES

For the Provider: ____________________

For the Customer: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# name, ext, source, category, terms (KEYS order), extra (sla, ld_stated, capped|None, deemed, value), tco (base, years
# post-warranty) or None, forum outside mainland, design rules
N, T, F = None, True, False
DRAFTS = [
    ("h675z01_desertification_monitoring_platform", "pdf", "Z01", "zh", "software",
     [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G], (T, T, T, F, 1610000),
     (846000, 3), F, []),
    ("h675z02_toothbrush_tufting_line_retrofit", "docx", "Z02", "zh", "hardware",
     [N, 1, T, "buyer", T, T, T, 0.02, N, 10, T, T, 18, 7, F, T, T, "PRC", G], (T, T, T, F, 1190000),
     (992000, 3.5), F, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    ("h675z03_photo_studio_chain_booking_saas", "txt", "Z03", "zh", "cloud",
     [99.5, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", S], (T, T, N, F, 488000),
     None, F, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    ("h675z04_canal_dispatch_system_annual_om", "txt", "Z04", "zh", "services",
     [99.95, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S], (T, T, N, F, 624000),
     None, F, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    ("h675z05_pearl_grading_tracking_supplier_template", "md", "Z05", "zh", "software",
     [N, N, F, "supplier", T, T, T, 0.06, 20, 65, F, F, 6, 32, F, T, N, "PRC", G], (F, T, T, T, 940000),
     (520000, 4.5), F, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                        "CR-WARRANTY"]),
    ("h675e01_irrigation_software_perpetual_licence", "pdf", "E01", "en", "software",
     [N, 1, T, "buyer", T, T, T, 0.08, 200, 20, T, T, 18, 11, F, T, F, "New South Wales", G],
     (T, T, T, F, 1800000), (1280000, 3.5), T, ["CR-GOVERNING-LAW"]),
    ("h675e02_field_service_saas_order_form", "md", "E02", "en", "cloud",
     [99.95, 1, F, "buyer", T, T, T, 500 / 620000 * 100, 9 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S],
     (T, T, N, F, 620000), None, F, ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    ("h675e03_dairy_farm_sensors_monitoring_licence", "docx", "E03", "en", "hardware",
     [99.95, 0.5, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 36, 6, F, T, F, "PRC", G], (T, T, T, F, 1900000),
     (1648400, 2), F, []),
    ("h675e04_managed_service_desk_36_months", "md", "E04", "en", "services",
     [N, 0.25, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S], (T, F, N, F, 2200000),
     None, F, ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    ("h675e05_agroclimate_data_api_subscription", "txt", "E05", "en", "cloud",
     [99.95, 8, T, "buyer", T, F, T, 600 / 720000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
     (T, T, N, F, 720000), None, F, ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, tco):
    base, years = tco
    fee = t["post_warranty_fee_pct"]
    post = base * fee / 100 * years
    return post / (t["_value"] + post) * 100


def derive(t, x, tco, forum_out):
    """My reading of policy §3 on the labels."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and tco_share(t, tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时|个工作时)", r"(?<![二十])四个?小时", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.35\s*%",
    r"(?<![\d.])100\s*%", r"(?<![\d.])100\s*per\s*-?\s*cent", r"百分之一?百", r"one\s*hundred\s*per\s*-?\s*cent",
    r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s*-?\s*cent", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*-?\s*cent", r"三成",
    r"(?<![\d.])15\s*%", r"(?<![\d.])15\s*per\s*-?\s*cent", r"百分之十五", r"fifteen\s*per\s*-?\s*cent",
    r"(?<![\d.])40\s*%", r"(?<![\d.])40\s*per\s*-?\s*cent", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*-?\s*cent", r"四成",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"(?<![二〇])十二个?月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![每第逐])一年", r"\bone\s*-?\s*years?\b", r"\b1\s*years?\b",
    r"(?<![\d.])5\s*(?:years?|年)", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?", r"(?<![二〇十])五年",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "4小时内响应", "四小时", "within 4 hours", "four hours", "a 4-hour response", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之三十", "30 %", "fifteen per cent", "15%", "40%", "百分之四十",
            "12个月", "十二个月", "twelve months", "12 months", "12-month", "质保一年", "one year", "5 years", "五年",
            "0.35%"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "0.055%", "1.5%", "115%", "150%", "130 %", "二十四小时",
             "每年", "2025年", "45%", "35%", "0.08%", "每一年", "第一年", "24 months", "18个月", "25 years",
             "万分之六", "340%", "2,115%"]


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(v)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))
    g = globals()
    sources, targets = {}, {}
    for name, ext, key, *_ in DRAFTS:
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = g[key], (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(g[key].lstrip("\n"), encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for name, ext, key, lang, cat, vals, ex, tco, forum_out, design in DRAFTS:
        t = dict(zip(KEYS, vals))
        x = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = ex[2]
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = ex[3]
        x["contract_value"] = ex[4]
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (name, k)
        tt = dict(t, _value=ex[4])
        share = tco_share(tt, tco) if tco else None
        if share is not None:
            assert abs(share - 40) >= 2, (name, share)
        rules = derive(tt, x, tco, forum_out)
        assert rules == sorted(design), (name, rules, design)
        covered |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low"))
        label = {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (name + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan(text)
        print(f"{name}.{ext}: {n} {'chars' if lang == 'zh' else 'words'} risk={risk} "
              f"tco={share and round(share, 1)} rules={rules}" + ("" if ok else "  LENGTH!") + (f" HITS {hits}" if hits else ""))
        assert not hits, (name, hits)
        assert ok, (name, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered


if __name__ == "__main__":
    main()
