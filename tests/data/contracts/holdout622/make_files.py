"""Builds holdout622: ten blind held-out draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py),
writes their .json labels and asserts lengths, threshold-free texts and values, rule derivation and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:医保基金智能监管平台建设项目合同书
P:合同编号：YB-JG-2026-017
P:采购人（甲方）：××市医疗保障局
P:供应商（乙方）：××智审信息技术有限公司
P:项目名称：医保基金智能监管平台（软件许可及定制开发）
P:采购方式：公开招标（政府采购）。本合同依据招标文件、乙方投标文件及中标通知书订立，上述文件与本合同具有同等效力；内容不一致的，以本合同为准。
H:第一条 合同标的与范围
P:1.1 乙方向甲方提供医保基金智能监管平台软件许可，包括智能审核引擎、监管规则库、疑点数据分析、移动稽核及监管驾驶舱模块，许可方式为永久许可，不限制甲方及其下属经办机构内部使用的终端数量。
P:1.2 乙方按甲方需求完成定制开发：门诊慢特病及住院结算事前提醒、定点医药机构画像、欺诈骗保线索模型、稽核工单流转、举报线索管理及统计报表，并完成与医保信息平台、定点医药机构结算系统及药品追溯码平台的接口对接。
P:1.3 乙方负责部署实施、历史数据初始化、试运行保障及操作培训，具体功能清单及技术要求见附件一，实施计划见附件二。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾伍万元整（¥2,350,000.00），为固定总价，已包含税费、差旅及乙方履行本合同所需的全部费用，甲方不再另行支付其他费用。
P:2.2 分项价格：软件许可费¥1,280,000；定制开发费¥760,000；接口开发费¥214,000；实施及培训费¥96,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥470,000。
P:3.2 系统完成部署并通过初验后，甲方支付合同总价的45%，即¥1,057,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥822,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后一百二十日内完成部署并提交初验申请，初验通过后进入为期三个月的试运行。
P:4.2 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。
P:4.3 因甲方原因或不可抗力导致的延误，工期相应顺延，乙方应在事件发生后三日内书面说明。
H:第五条 验收
P:5.1 初验标准：附件一所列功能全部实现；与医保信息平台接口连续五个工作日数据交换无差错；在三百名并发用户下，常规查询响应时间不超过2秒，疑点统计报表生成不超过10秒。
P:5.2 最终验收标准：试运行期内无一级故障；规则审核结果经甲方抽样复核，误报率不高于5%；通过甲方委托的第三方安全测评，并完成等级保护三级测评整改；技术文档、源代码及操作手册移交齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、规则库更新及现场技术支持，每季度提供一次运行分析报告。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软件许可费的8%，即每年不超过¥102,400，该价格自质保期满起三年内不上调。维护合同另行签订，不自动续期。
P:6.3 乙方应在合同履行期间及质保期内为甲方提供不少于三十人次的操作培训及两次管理员专项培训。
H:第七条 服务水平
P:7.1 系统月可用率不低于99.95%（计划内维护除外，计划内维护应提前三个工作日通知甲方并安排在非工作时间）。
P:7.2 一级故障（平台整体不可用或审核引擎停止运行）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，当日内解决。
P:7.3 响应或恢复每超时一小时，乙方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减当期应付款¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 乙方交付的平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、监管模型、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付软件不侵犯任何第三方知识产权，如有侵权，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 医保结算数据、参保人信息及监管业务数据均属于甲方所有，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，亦不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定，所有实施工作在甲方内网环境完成，运维访问须经堡垒机并全程留痕，不得将数据复制至外部介质，测试数据须经甲方脱敏后提供。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失，由乙方承担全部赔偿责任，包括监管部门的处罚。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方商业秘密、工作秘密及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同的终止而解除，在本合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付内容不符合合同约定的，应在甲方规定的期限内整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.4 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方据此协商延期或部分免除责任。
H:第十二条 分包与转包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的全部成果及甲方数据，并删除其持有的甲方数据副本。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
P:14.3 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 附件一：功能需求及定制开发清单；附件二：实施计划；附件三：服务水平细则。
P:甲方（盖章）：__________ 授权代表：__________ 日期：__________
P:乙方（盖章）：__________ 授权代表：__________ 日期：__________
"""

Z02 = """T:石膏板生产线成型及干燥控制系统改造合同
P:合同编号：SGB-KZ-2026-008
P:甲方（买方）：××新型建材有限公司
P:乙方（卖方）：××工业自动化工程有限公司
P:鉴于甲方拟对其纸面石膏板二号生产线的成型段、干燥段控制系统进行改造，双方经协商一致，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 成型段：更换成型机、凝结皮带及横切机的PLC控制系统和变频传动，实现板厚、板宽在线检测与闭环控制。
P:1.2 干燥段：更换干燥机热风炉燃烧控制及各区温度、湿度控制系统，新增能耗计量和干燥曲线自动优化功能。
P:1.3 软件：提供组态软件运行许可、与甲方生产执行系统（MES）的数据接口许可，以及按甲方工艺编制的控制程序。
P:1.4 乙方负责设备供货、安装、调试、旧系统拆除、停线切换和操作培训，并应在甲方年度检修停线期内完成切换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含税、运输、保险及安装调试费用，价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|成型段PLC控制柜及远程I/O|1套|586,000
TB:2|变频器及传动改造|1批|412,000
TB:3|干燥机燃烧及温湿度控制系统|1套|328,000
TB:4|工程师站及操作站|4台|96,000
TB:5|组态软件及MES接口许可|1项|178,000
TB:小计|软硬件小计||1,600,000
TB:6|安装调试及旧系统拆除|1项|236,000
TB:7|控制程序编制及工艺优化|1项|118,000
TB:8|操作及维护培训|1项|26,000
TB:合计|合同总价||1,980,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥396,000。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥693,000；到货签收仅确认数量与外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%，即¥891,000。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后七十五日内将全部设备运至甲方工厂，并在甲方检修停线期开始后二十日内完成切换并恢复生产。
P:4.2 乙方应在停线切换前提交切换方案及回退方案，经甲方确认后实施。
P:4.3 乙方应派驻具有中级以上职称的电气工程师担任现场负责人，现场施工须遵守甲方安全生产、动火作业及有限空间作业管理制度，因乙方人员违章造成的人身伤害和财产损失由乙方承担。
P:4.4 因甲方原因未能按期提供停线窗口的，工期相应顺延，双方另行确认切换时间。
H:第五条 验收
P:5.1 验收标准：生产线以设计速度连续七十二小时满负荷运行无停线故障；板厚偏差不超过正负0.3毫米；出干燥机板材含水率符合甲方工艺要求；单位产品燃气消耗较改造前降低不少于5%；与MES系统数据交换连续七日无差错。
P:5.2 试运行期为三十日，期满后由甲方组织最终验收并出具书面验收报告。
P:5.3 设备到货、安装完成、恢复生产或甲方使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
P:5.4 最终验收时，乙方应提交改造前后能耗对比报告，能耗计量数据以甲方计量部门确认的结果为准。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因发生的故障，乙方免费维修或更换，并承担往返运输费用。
P:6.2 质保期内乙方每季度进行一次现场巡检，并提交巡检报告及备件建议清单。
P:6.3 乙方应在甲方工厂储备常用备件，包括PLC电源模块、通讯模块、变频器功率单元及燃烧器火焰检测器，备件清单作为合同附件。
P:6.4 乙方应提供完整的技术资料，包括电气原理图、接线图、程序注释、操作手册和维护手册各三套及电子版。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，包括定期巡检、程序维护、备件更换及远程技术支持。
P:7.2 年度维保费按软硬件小计的28%计收，即每年¥448,000，自质保期满起三年内不变。维保合同由双方另行签订，到期不自动续签。
H:第八条 服务水平
P:8.1 一级故障（导致停线或干燥机停炉）乙方应在30分钟内远程响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，次日内解决。
P:8.2 响应或到场每超时一小时，乙方向甲方支付违约金¥1,500；因乙方原因导致停线超过八小时的，另按每小时¥3,000计付。
P:8.3 乙方应建立故障记录台账，每次故障处理后二日内提交故障分析报告，说明原因、处理过程和预防措施。
P:8.4 质保期内同一部件因同一原因发生三次以上故障的，乙方应免费更换为新品。
H:第九条 知识产权
P:9.1 组态软件及接口软件的知识产权归原权利人，乙方保证甲方获得永久使用许可。
P:9.2 为本项目编制的控制程序、组态工程文件、接口程序及其源代码归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托第三方维护。
H:第十条 数据安全
P:10.1 控制系统产生的生产数据、工艺参数及能耗数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方远程维护须经甲方逐次审批，通过甲方指定的工控安全网关接入并全程记录；乙方不得在控制网络内安装未经甲方同意的软件。
P:10.3 因乙方原因导致数据泄露、控制系统被入侵或工艺参数被篡改的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
H:第十一条 保密
P:11.1 乙方对甲方的工艺配方、生产参数、图纸及其他技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:12.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 分包
P:13.1 乙方可将现场电缆敷设、桥架安装及土建配合工作分包给具备相应资质的单位，但应在分包单位进场前书面通知甲方，并对分包工作承担全部责任。
P:13.2 分包单位人员进入甲方厂区，应接受甲方安全教育并遵守甲方管理规定。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院起诉。
P:15.2 争议解决期间，双方应继续履行本合同中不涉及争议的部分。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应在五日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 培训
P:17.1 乙方应为甲方操作人员、电气维护人员分别提供不少于三日的现场培训，内容包括系统操作、参数调整、常见故障处理和备件更换，培训后进行考核，考核合格方视为培训完成。
H:第十八条 其他
P:18.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z03 = """连锁美甲门店预约及会员管理SaaS服务合同

合同编号：MJ-SaaS-2026-031
甲方（客户）：××美业连锁管理有限公司
乙方（服务商）：××云约网络科技有限公司

甲方经营九十家直营美甲门店，拟采用乙方的门店预约及会员管理SaaS系统。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方九十家门店提供SaaS服务，包括：
1. 顾客在线预约、美甲师排班及工位管理；
2. 会员卡、储值、积分、等级权益及营销券管理；
3. 门店收银、耗材库存及提成结算；
4. 总部经营报表及门店对比分析。
（二）乙方负责实施服务：历史会员数据迁移、甲方品牌小程序页面配置、与甲方财务系统的接口对接、店长及总部人员培训。
（三）新增门店按本合同单价开通，费用另行结算。

（四）乙方为甲方配备专属客户成功经理一名及实施顾问两名，实施期内每周提交实施周报，说明进度、问题和下周计划。
（五）乙方应保证系统与甲方门店现有收银硬件、扫码枪、小票打印机及主流移动支付渠道兼容，兼容清单作为附件。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自系统上线验收合格之日起算，每一服务年度为一个连续的年度期间。
（二）实施期自合同生效之日起不超过六十日。

（三）上线后，甲方新开门店由总部在管理后台提交开通申请，乙方应在两个工作日内完成开通、基础数据配置和店长培训，新开门店的订阅费按本合同单价自开通之日起按日计算。
（四）乙方应向甲方提供管理后台账号分级授权功能，总部可按区域、门店和岗位设置操作权限。

三、费用及支付
（一）订阅费：每家门店每个服务年度¥2,680，九十家门店每个服务年度合计¥241,200，两个服务年度合计¥482,400。
（二）实施费：¥68,600，为一次性费用。
（三）合同总价为¥551,000。
（四）实施费在上线验收合格后十个工作日内支付。
（五）每一服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（六）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）上线验收标准：
1. 九十家门店全部开通，预约、收银、会员功能均可正常使用；
2. 历史会员数据迁移后，会员数量、储值余额和积分与甲方原系统逐一核对一致；
3. 高峰时段单店并发操作下页面响应不超过3秒；
4. 与财务系统接口连续五日对账无差异。
（二）甲方在收到验收申请后五个工作日内组织验收并出具书面意见。系统试用或部分门店使用，不视为验收合格。
（三）验收不合格的，乙方应在七日内整改后重新提交验收。

（四）上线验收合格后，乙方应提供为期三十日的驻场保障，在甲方选定的十家重点门店现场指导，并安排远程值守覆盖全部门店营业时间。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或大部分门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，8小时内解决；
3. 一般咨询：当日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，按当月订阅费的5%抵扣；一级故障未按时恢复的，每超时一小时抵扣当月订阅费的2%。抵扣额在下一期费用中扣减，服务期最后一期在结算时退还。

（四）乙方应在每月前五个工作日内向甲方提供上月服务报告，内容包括可用率、故障清单、响应及恢复时长、补偿金额和改进措施。
（五）乙方进行版本升级前应提前七日通知甲方，重大功能变更应先在测试环境经甲方确认；升级不得导致甲方已有配置和数据丢失。

六、数据归属与数据安全
（一）甲方会员信息、消费记录、预约记录及经营数据归甲方所有。
（二）乙方有权在去标识化并汇总处理后，使用甲方的消费及预约数据编制美业行业分析报告，并用于乙方产品的改进和推广，该项使用在本合同终止后仍可继续。
（三）乙方应按照《个人信息保护法》要求处理会员个人信息，数据存储于中国境内，传输和存储加密，后台访问按最小权限授权并留存日志。
（四）发生数据泄露或可能泄露的，乙方应在6小时内通知甲方并采取补救措施；因乙方原因造成的损失及监管处罚，由乙方承担。
（五）合同终止后三十日内，乙方应向甲方完整导出全部数据，并删除系统中的甲方数据。

（六）甲方可随时通过管理后台导出会员、储值及消费数据，乙方不得设置额外费用或技术障碍。

七、保密
双方对履行本合同过程中知悉的对方商业秘密、价格信息、会员信息及经营数据负有保密义务，未经对方书面同意不得向任何第三方披露，保密期限至合同终止后三年。

（六）乙方应每年委托具备资质的机构对系统进行一次安全测评，并将测评结论书面告知甲方；测评发现的高危问题应在三十日内完成整改。
（七）乙方员工及其合作的云服务商接触甲方数据的，应签署保密和数据保护承诺，乙方对其行为承担责任。

八、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、会员等级规则、报表模板及接口程序归甲方所有，甲方可自行修改或交由第三方使用。

（三）乙方保证其提供的平台及第三方组件不侵犯他人知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

九、续期
服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费单价，每次上调幅度不超过8%，并在续期开始前通知甲方。

十、服务变更
（一）甲方门店数量在服务年度内增加或减少的，按实际开通门店数和剩余天数折算订阅费，减少门店的已付费用在下一期抵扣。
（二）甲方要求新增定制功能的，双方另行签订变更确认单，列明工作量、费用和完成时间。

十一、违约责任
（一）因乙方原因未能在实施期内完成上线验收的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十二、分包
乙方不得将实施服务或运维服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十三、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）月可用率连续两个月低于承诺值的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁，仲裁裁决是终局的。

任何一方因本合同争议提起仲裁的，争议期间乙方不得以此为由中止服务或限制甲方导出数据。

十五、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力期间的服务中断不计入可用率考核，但乙方应在不可抗力消除后尽快恢复服务。

十六、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）附件：门店清单、功能清单、实施计划。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """口岸查验管理系统年度运维服务合同

合同编号：KA-YW-2026-004
甲方：××口岸管理办公室
乙方：××智能安检技术服务有限公司

根据《中华人民共和国民法典》及政府采购有关规定，甲方通过竞争性磋商确定乙方为口岸查验管理系统年度运维服务供应商。双方经协商一致，订立本合同。

第一条 服务对象与内容
（一）服务对象：旅检、货检通道的查验管理系统，包括查验指令平台、智能审图系统、车辆识别及集装箱号识别系统、卡口控制系统、查验台账系统及相关服务器、网络和存储设备。
（二）服务内容：
1. 驻场运维：乙方派驻六名运维工程师，按甲方通关作业时间实行轮班值守；
2. 日常巡检：每日巡检核心设备，每月出具运行分析报告；
3. 故障处理：软硬件故障诊断、修复和备件更换；
4. 备品备件：提供附件二所列备件的更换与补充；
5. 安全加固：季度漏洞扫描、补丁升级和配置核查；
6. 应急保障：重大节假日及通关高峰期的专项保障。

（三）服务标准：乙方应按照附件一考核办法和附件二年度运维计划提供服务，并遵守海关、边检等查验单位对设备运行和信息安全的管理要求。
（四）交接：服务期开始前，乙方应与上一服务期的运维单位完成设备清点、账号交接和遗留问题确认，形成交接清单并经甲方签认。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。

服务期内，因口岸通关时间调整需要延长值守时段的，乙方应相应调整排班，不另行收费；新增通道或设备的运维，由双方另行协商增补。

第三条 服务费用
（一）本合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），包括：驻场运维费¥816,000，备品备件费¥312,000，巡检及应急保障费¥168,000，安全加固费¥72,000。
（二）服务费按季度结算，每季度¥342,000。乙方在每季度结束后提交季度服务报告，经甲方考核合格后十五个工作日内支付该季度费用。本合同不设预付款。
（三）季度考核得分低于85分的，按附件一的考核办法扣减当季服务费。

（四）乙方应在服务期开始后十日内提交年度运维计划细化方案，明确各月巡检、升级和安全加固安排，经甲方确认后执行；计划调整应提前五个工作日报甲方同意。

第四条 服务水平
（一）查验指令平台和智能审图系统在通关作业时间内的可用率不低于99.95%。
（二）一级故障（任一通道查验业务中断）：15分钟内响应，30分钟内到达现场，2小时内恢复；二级故障（单台设备或单一功能异常）：30分钟内响应，6小时内解决；三级故障：当班解决。
（三）未达到上述要求的，每超时一小时扣减当季服务费¥2,000；可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000。

（四）乙方应建立故障工单台账，所有故障须在甲方运维管理平台登记，记录发现时间、响应时间、到场时间、恢复时间和处理措施，作为考核依据。
（五）重大节假日、通关高峰期及甲方通知的专项保障期间，乙方应增派不少于两名工程师现场值守，并提前制定应急预案报甲方备案。

第五条 考核与验收
（一）甲方按附件一考核办法对乙方进行季度考核，考核内容包括故障处理时效、巡检完成率、文档质量和用户满意度。
（二）服务期满后，甲方组织年度验收。验收标准为：全年一级故障均按时恢复；巡检记录、运行报告和变更记录完整；设备台账与实物一致；运维知识库已移交。

（三）乙方应于每月五日前提交上月运行分析报告，内容包括设备运行状况、故障统计、备件消耗、安全加固情况和改进建议。

第六条 乙方人员
（一）驻场人员须经甲方背景审查，签署保密承诺书，遵守口岸监管区域管理规定。
（二）乙方更换驻场人员应提前十日书面告知甲方并经甲方同意。

（三）驻场人员应按甲方要求统一着装、佩戴工作证，严格遵守交接班制度和值班纪律，不得擅自离岗。
（四）乙方应为驻场人员购买人身意外伤害保险，并承担其工资、社保及其他全部用工费用，与甲方不构成劳动关系。

第七条 数据安全
（一）查验数据、图像数据、车辆及货物信息、系统日志等均属于甲方所有，乙方仅为履行本合同接触上述数据，不得复制、留存或用于其他用途。
（二）乙方应遵守网络安全等级保护要求，运维操作一律通过甲方堡垒机进行，严禁通过外网远程接入，更换下的存储介质须交甲方统一销毁。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的损失由乙方承担。

（四）乙方应配合甲方及上级主管部门开展的网络安全检查、攻防演练和等级保护测评，对检查发现的问题按要求期限完成整改，并提交整改报告。
（五）服务期满或合同解除时，乙方应交回全部账号、门禁卡和技术资料，并书面确认未留存任何甲方数据。

第八条 保密
乙方对履行本合同过程中知悉的口岸查验规则、布控信息、系统架构、账号口令及其他工作秘密负有保密义务，保密义务不因合同终止而解除。

乙方应要求驻场人员签署个人保密承诺书，并对其人员违反保密义务的行为承担连带责任。

第九条 知识产权
乙方在服务期内编写的运维脚本、巡检工具配置、运维文档及知识库归甲方所有，甲方可自由使用和修改。

本合同履行中形成的运维文档和知识库，乙方应在服务期满前完整移交甲方，并配合后续运维单位完成不少于十个工作日的交接培训。

第十条 违约责任
（一）乙方未按附件二计划完成年度系统升级、季度安全加固或备件补充的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，甲方有权要求乙方赔偿损失。
（三）乙方在本合同项下的累计赔偿责任以人民币陆拾捌万肆仟元（¥684,000）为限，但故意或重大过失造成的损失除外。

（四）乙方驻场人员缺岗的，每人每日扣减服务费¥800；因乙方人员违反口岸监管规定造成不良影响的，甲方有权要求立即更换该人员。

第十一条 分包
乙方不得将本合同项下的运维服务分包或转包给第三方。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，乙方应配合完成交接。

第十三条 备品备件管理
（一）乙方提供的备件应为原厂或经甲方认可的同等品质产品，并建立备件出入库台账，每季度与甲方核对一次。
（二）更换下的故障部件由甲方确认后处置，含有存储介质的部件按数据安全条款处理。

第十四条 合同期满
服务期满本合同自然终止，不自动续期。如需继续服务，由甲方依法另行采购。乙方应在期满前三十日内完成运维交接准备。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

诉讼期间，乙方应继续提供运维服务，不得以争议为由中断值守或拒绝故障处理。

第十六条 不可抗力
因不可抗力致使不能履行合同的，受影响方应及时通知对方，并在十日内提供证明，双方根据影响程度协商处理。

第十七条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。附件一：考核办法；附件二：年度运维计划及备件清单。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z05 = """# 生产记录与质量追溯软件销售及定制开发合同

**鑫码软件标准合同文本（2025版）**

合同编号：XM-XS-2026-112

- 甲方（买方）：××酱菜食品有限公司
- 乙方（卖方）：××鑫码软件有限公司

甲乙双方本着平等互利的原则，就甲方购买乙方“鑫码食品生产记录与质量追溯软件”并委托乙方进行定制开发事宜，订立本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供鑫码食品生产记录与质量追溯软件标准版许可一套，包括原料入库、腌制发酵、脱盐切制、调味灌装、杀菌及成品入库各环节的生产记录模块。

1.2 乙方根据甲方需求进行定制开发，包括：腌制池批次管理、盐度及亚硝酸盐检测数据录入、电子批记录、成品追溯码打印与查询、食品安全自查报表。

1.3 乙方负责软件安装部署及操作培训。

1.4 乙方提供的标准版软件功能以乙方产品说明书为准，定制开发内容以双方确认的需求说明书为准。需求说明书确认后，甲方提出的新增或变更需求，乙方有权调整交付时间并另行收费。

1.5 软件运行所需的服务器、操作系统、数据库、打印设备、扫码设备及网络环境由甲方自行采购和维护，乙方可提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产记录与质量追溯软件标准版许可 | 268,000 |
| 2 | 定制开发 | 196,000 |
| 3 | 安装部署 | 46,000 |
| 4 | 操作培训 | 14,000 |
| | 合计 | 524,000 |

合同总价为人民币伍拾贰万肆仟元整（¥524,000）。

2.2 上述价格不包括甲方现场所需的服务器、数据库许可、条码打印机、扫码枪及耗材，如需乙方代购，价格另议。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥340,600。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥183,400。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方按合同总价开具增值税普通发票，甲方需要专用发票的，应在签订合同时书面提出。

## 第四条 交付

4.1 乙方在收到首期款后九十日内完成标准版软件部署和定制开发。交付时间为乙方预计时间，因需求变更、甲方配合或其他原因延后的，交付时间相应顺延。

4.2 乙方不承担因交付延迟产生的任何违约金或赔偿责任。

4.3 乙方交付的内容包括软件安装程序、用户操作手册和管理员手册电子版。

4.4 甲方应指定专人作为项目联系人，负责需求确认、基础数据整理和内部协调。甲方未及时提供基础资料或确认需求的，乙方交付时间相应顺延，由此产生的额外工作量由甲方承担。

## 第五条 上线与验收

5.1 软件安装完成并在甲方投入使用后，即视为甲方验收合格。

5.2 甲方在系统上线后提出的修改要求，如超出第一条范围，按乙方人天单价另行收费。

5.3 甲方使用过程中发现的问题，由乙方在免费维护期内按第六条处理，不影响验收结论。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括软件缺陷修复和电话、远程技术支持。

6.2 免费维护期内，乙方接到甲方故障报告后将尽合理努力及时响应并安排处理。

6.3 因甲方操作不当、电脑设备或网络原因、病毒等造成的问题，不属于免费维护范围。

6.4 免费维护期内乙方提供两次软件版本升级，升级内容由乙方根据产品规划确定。

6.5 乙方提供的远程支持服务时间为工作日上午九时至下午五时，节假日期间的服务需求由甲方提前预约。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。

7.2 未签订年度维护协议的，乙方按次收取上门服务费。

7.3 乙方可根据产品升级情况向甲方推荐新版本，甲方升级新版本的，按乙方届时的升级价格另行支付费用。

7.4 年度维护协议的服务内容包括软件缺陷修复、远程技术支持和版本升级，上门服务按次另计差旅费用。

## 第八条 知识产权

8.1 本合同项下软件（包括标准版软件及定制开发部分）的著作权及其他知识产权均归乙方所有。

8.2 甲方仅获得在本企业内部使用本软件的非独占许可，不得修改、反编译或将软件提供给第三方使用。乙方不提供定制开发部分的源代码。

8.3 甲方如需乙方协助进行二次开发或数据接口对接，应另行签订技术服务合同。

8.4 甲方应妥善保管软件授权文件和加密锁，遗失补办的，按乙方价格标准收取费用。

## 第九条 数据

9.1 甲方在使用本软件过程中录入和产生的生产数据、检测数据及追溯数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，乙方应对接触到的甲方数据采取加密存储和访问控制等安全措施，发现数据泄露应立即通知甲方；因乙方过错导致甲方数据泄露或丢失的，乙方承担相应赔偿责任。

9.3 甲方应自行负责服务器数据的日常备份。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息、经营信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

10.2 乙方人员离职或调岗的，乙方应要求其继续遵守本条保密义务并交还全部资料。

## 第十一条 分工与合作

乙方有权根据项目需要，将部分开发、实施工作委托其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作质量负责。

乙方委托合作伙伴完成的工作，其交付标准与乙方自行完成的工作相同。甲方不得直接与乙方合作伙伴签订与本项目相关的合同。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对甲方的间接损失、利润损失、生产停顿损失不承担责任。

12.3 乙方交付的软件不符合本合同约定功能的，乙方应在接到甲方书面通知后及时修改完善。

12.4 因不可抗力、网络中断、第三方软件或硬件故障造成的损失，双方互不承担责任。

## 第十三条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

13.2 合同解除后，甲方已支付的款项不予退还，乙方已交付的软件甲方可在许可范围内继续使用。

13.3 甲方未按期支付任何款项超过三十日的，乙方有权解除合同并停止提供全部服务。

## 第十四条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方的通知以书面形式发送至合同首页所列地址或联系人电子邮箱，发出后第三日视为送达。

## 第十六条 培训

乙方为甲方提供一次集中培训，培训对象为甲方生产、质检及仓库的关键用户，每次不超过二十人，超出部分按乙方价格标准另计。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，未尽事宜双方可另行签订补充协议。

17.3 附件一：产品功能清单；附件二：定制开发需求说明书（双方确认后生效）；附件三：培训计划。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LVQ-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Meridian Medical Devices Co., Ltd., a company established in the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"), and Lee Valley Quality Systems Limited, a company incorporated in Ireland with its registered office at Lapps Quay, Cork, Ireland (the "Vendor").
P:The Customer manufactures sterile single-use medical devices and wishes to replace its paper-based document control and quality records with the Vendor's quality management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiDoc quality management suite, version 9, comprising the document control, training records, CAPA, deviation, change control, supplier quality and audit modules, in object code, together with its documentation and all updates delivered under this Agreement.
P:1.2 "Services" means the configuration, data migration, interface, validation support and training services described in Annex 1.
P:1.3 "Custom Deliverables" means the configurations, workflows, report templates, validation scripts, interface programs and migration scripts prepared by the Vendor specifically for the Customer.
P:1.4 "Customer Data" means all documents, records, personal information and other data entered into or generated by the Software by or for the Customer.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 400 named users at the Customer's sites in the People's Republic of China, for the internal business purposes of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery, testing and validation purposes.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except where the Customer terminates because of the Vendor's breach, in which case the licence also survives.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 2,020,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,460,000; configuration and interface services CNY 388,000; data migration CNY 126,000; training CNY 46,000.
P:3.2 The Contract Price is fixed. The Vendor bears its own travel and subsistence costs.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 202,000) within thirty days of signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 1,111,000) within thirty days after the Vendor delivers the Software and both parties sign the Installation Certificate. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 707,000) within thirty days after Final Acceptance.
P:4.4 All invoices shall be valid PRC fapiao issued through the Vendor's Shanghai representative office or a locally registered agent nominated by the Vendor and accepted by the Customer.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and complete the Services in accordance with the project plan in Annex 2, with go-live no later than 150 days after signature.
P:5.2 Acceptance criteria: (a) all functions listed in Annex 1 operate as specified in the validated user requirement specification; (b) the installation, operational and performance qualification protocols are executed without open critical deviations; (c) audit trail and electronic signature functions are verified against the Customer's regulatory requirements; (d) migrated document counts, versions and approval histories reconcile fully with the source register; (e) the Software runs in production for thirty consecutive days without a Severity 1 incident.
P:5.3 The Customer shall issue a Final Acceptance certificate within ten business days after all criteria are met, or give written reasons for refusal. Installation, go-live, production use or payment do not by themselves constitute acceptance. The Vendor shall correct any failure at its own cost and resubmit for acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and Annex 1 for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support under Article 7 free of charge.
P:6.2 The Vendor warrants that the Services will be performed with reasonable skill and care by suitably qualified personnel, and that the Software contains no malicious code.
H:Article 7 Support and Service Levels
P:7.1 Severity 1 (the Software is unavailable or quality records cannot be approved or retrieved): response within one hour, workaround within eight hours, permanent fix within five business days. Severity 2: response within two hours, fix within ten business days. Severity 3: response within one business day.
P:7.2 Support is available by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on business days, and around the clock for Severity 1.
P:7.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,200, deducted from the next payment or paid on demand.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period, the Customer may purchase annual support covering updates, new versions and the support in Article 7.
P:8.2 The annual support fee is 9% of the Licence Fee, that is CNY 131,400 per year, fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver them with their source code, and the Customer may use, modify and license them freely.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Services infringe a third party's rights.
H:Article 10 Data Protection and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The Software is installed on the Customer's own servers in Suzhou. Vendor personnel may access the production system only through the Customer's VPN with multi-factor authentication, per session and with the Customer's prior approval, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer within twelve hours of becoming aware of any actual or suspected security incident affecting Customer Data, cooperate in its investigation and remediation, and be responsible for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by similar obligations.
P:11.2 These obligations continue for five years after termination of this Agreement, and indefinitely for trade secrets.
H:Article 12 Delay and Liability
P:12.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 9.3 or breach of Articles 10 and 11.
P:12.3 Neither party is liable for indirect or consequential loss, except under the exclusions in Article 12.2.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature and continues until the end of the Warranty Period.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice describing the breach.
P:14.3 The Customer may also terminate if the liquidated damages under Article 12.1 reach their maximum. On termination by the Customer for breach, the Vendor shall refund the amounts paid for Services not accepted and deliver all completed Custom Deliverables.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate. If such an event continues for more than sixty days, either party may terminate by written notice.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Ireland.
P:16.2 The parties shall first try to resolve any dispute by negotiation between senior executives within thirty days. Any dispute not so resolved shall be submitted to the exclusive jurisdiction of the courts of Ireland.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Functional Scope and Services) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be in writing in English and Chinese and delivered by courier or e-mail to the addresses stated above.
P:17.3 This Agreement is executed in English in two originals, one for each party.
P:Signed for the Customer: ____________________  Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**Corrib Safety Cloud Ltd. - EHS Incident Management Subscription**

Order Form No. CSC-OF-2026-0219

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Corrib Safety Cloud Ltd., a company incorporated in Ireland, with its registered office at Dock Road, Galway, Ireland.
- **Customer:** Nanjing Huatai Fine Chemicals Co., Ltd., a company established in the People's Republic of China, with its registered office in the Nanjing Chemical Industry Park.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription

The Provider will provide the CorribEHS cloud service (the "Service") for 350 named users at the Customer's three production sites and head office, comprising the incident and near-miss reporting, investigation and corrective action, permit-to-work, chemical inventory, inspection checklist and EHS dashboard modules, including the mobile application. The Service is hosted in a data centre in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date the Customer signs the Go-Live Acceptance certificate under B4. Each Subscription Year is a period of one year from its start date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 350 users x CNY 1,180 | 413,000 |
| Subscription, Subscription Year 2 | 350 users x CNY 1,180 | 413,000 |
| Onboarding and configuration (one-off) | fixed price | 74,000 |
| **Total fees for the Subscription Term** | | **900,000** |

Fees include VAT. Additional users may be added at CNY 1,180 per user per Subscription Year, prorated by day.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. The Customer pays each correct invoice within thirty days of receipt of a valid VAT fapiao.

### A6. Onboarding Plan and Contacts

The Provider will complete onboarding (configuration of the Customer's incident categories, risk matrix, approval workflows and permit types; import of the chemical inventory and employee list; single sign-on with the Customer's directory; training of site administrators) according to the plan attached as Appendix 1. The target date for Go-Live is ninety days after signature of this Order Form. Each party names a project lead in Appendix 1.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents, photographs and personal information submitted to the Service by or for the Customer, and all reports generated from them.

1.2 "Customer Configurations" means the workflows, forms, risk matrices, dashboards and report templates configured by the Provider for the Customer.

1.3 "Documentation" means the Provider's user guides and service description for the Service, as updated from time to time without reducing functionality.

### 2. Service

2.1 The Provider will make the Service available to the Customer's users in accordance with the Documentation and this Agreement, and will provide all updates and new features released to its customers generally at no extra charge.

2.2 The Customer is responsible for its users' account credentials and for use of the Service in accordance with applicable law.

2.3 The Provider will not materially reduce the functionality of the Service during the Subscription Term.

### 3. Service Levels

3.1 The Provider targets monthly availability of 99.95% for the production Service, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Incident response targets: Priority 1 (Service unavailable or incident reporting not possible at any site) - response within thirty minutes, restoration within eight hours; Priority 2 (a module unavailable or seriously degraded) - response within two hours, restoration within two business days; Priority 3 - response within one business day.

3.3 The Provider will report availability and incident statistics monthly and will provide a root-cause report for each Priority 1 incident within five business days.

3.4 The service levels in this Section 3 are targets. A failure to meet a service level does not entitle the Customer to any service credit, fee reduction, refund or other compensation.

### 4. Onboarding and Go-Live Acceptance

4.1 On completion of onboarding the Provider will give notice of readiness for Go-Live acceptance testing.

4.2 The Customer will test the Service against the following criteria within ten business days: (a) all configured workflows, forms and approval routes work as specified in Appendix 1; (b) the imported chemical inventory and employee records reconcile with the source files; (c) single sign-on works for all users; (d) the mobile application submits incident reports with photographs from each site; (e) dashboards show correct figures for a sample period agreed with the Customer.

4.3 If the criteria are met, the Customer signs the Go-Live Acceptance certificate. If not, the Provider corrects the failures and the test is repeated. Use of the Service for training or in pilot form is not acceptance.

4.4 Dates in the onboarding plan are estimates. The Provider will use reasonable efforts to meet them and will keep the Customer informed of any delay, but the Provider has no liability for delay in completing onboarding.

### 5. Customer Data and Security

5.1 As between the parties, the Customer owns all Customer Data. The Provider may process Customer Data only to provide the Service and support under this Agreement, and for no other purpose.

5.2 The Provider will maintain an information security programme certified to ISO/IEC 27001, store and process Customer Data only in mainland China, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log all administrative access and maintain a Multi-Level Protection Scheme level 3 filing for the production environment.

5.3 The Provider will notify the Customer within forty-eight hours after becoming aware of any unauthorised access to or loss of Customer Data, provide the information the Customer needs for its regulatory reports, and take all reasonable steps to contain and remedy the incident. The Provider is responsible for losses and regulatory penalties caused by its breach of this Section 5.

5.4 Within thirty days after the end of the Subscription Term the Provider will export all Customer Data in a standard format and then delete it from the Service, and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party will keep confidential all non-public information of the other party disclosed in connection with this Agreement, use it only for this Agreement and protect it with at least reasonable care.

6.2 These obligations do not apply to information that is public, independently developed or lawfully received from a third party, and they continue for three years after the end of this Agreement.

### 7. Intellectual Property

7.1 The Provider owns the Service, the Documentation and its underlying software.

7.2 Customer Configurations belong to the Customer. The Provider will deliver them in exportable form on request, and the Customer may use, modify and have them implemented by others without restriction.

7.3 The Provider will defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay any damages finally awarded.

### 8. Subcontractors and Subprocessors

8.1 The Provider uses the hosting partner named in Appendix 2. The Provider will not engage any other subcontractor or subprocessor for the Service or for the processing of Customer Data without the Customer's prior written consent.

### 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in A4.

9.2 The limit does not apply to breach of Sections 5 or 6, infringement claims under 7.3, death or personal injury, or wilful misconduct.

9.3 Neither party is liable for loss of profit or indirect loss, except for the matters excluded in 9.2.

### 10. Term and Termination

10.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

10.3 If the Customer terminates for the Provider's breach, the Provider refunds the prepaid fees for the remainder of the Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the project leads named in Appendix 1 with a copy to the signatories.

12.3 This Agreement is signed in English and Chinese; both versions have equal effect.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________
"""

E03 = """T:CONDITION MONITORING EQUIPMENT AND SOFTWARE PURCHASE CONTRACT
P:Contract No. WH-CM-2026-037
P:Buyer: Anhui Wanhe Cement Co., Ltd., a company established in the People's Republic of China, with its registered office in Wuhu, Anhui Province (the "Buyer").
P:Supplier: Taff Sensing Technologies Ltd., a company incorporated in Wales, United Kingdom, with its registered office in Cardiff Bay, Cardiff (the "Supplier").
P:The Buyer wishes to equip the kilns, raw mills, cement mills and main fans of its two clinker lines with wireless condition monitoring. The Supplier has offered its sensors, gateways and monitoring software. This contract is made on the Buyer's standard terms for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission the wireless vibration and temperature sensors, gateways, edge server and monitoring software listed in Clause 2, and shall configure the analytics models for the 320 measuring points listed in Annex A.
P:1.2 The Supplier shall integrate the monitoring software with the Buyer's distributed control system (DCS) and computerised maintenance management system so that alarms create work orders automatically.
P:1.3 The Supplier shall train the Buyer's maintenance engineers and operators as set out in Clause 13.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,000,000, inclusive of VAT, delivery to the Buyer's plant, insurance, installation and commissioning, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX rated|320|3,150|1,008,000
TB:2|Industrial wireless gateways|24|8,600|206,400
TB:3|Condition monitoring software, perpetual licence (320 points)|1|432,000|432,000
TB:4|Edge server with operating system|1|68,600|68,600
TB:|Hardware and Licence Subtotal|||1,715,000
TB:5|Installation and commissioning|1|168,000|168,000
TB:6|Analytics model configuration and DCS / CMMS integration|1|92,000|92,000
TB:7|Training|1|25,000|25,000
TB:|Contract Price|||2,000,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working system, including mounting hardware, cabling inside the sensor zones and software licences for third-party components.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 400,000) within twenty business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Installation payment: 45% of the Contract Price (CNY 900,000) after all equipment is delivered and installed and the installation record is signed. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 700,000) within thirty days after the Final Acceptance Certificate is issued.
P:3.4 Each payment is made against a valid VAT fapiao for the amount due.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DDP to the Buyer's plant within seventy days after signature and complete installation within forty-five days after delivery, working around the Buyer's production schedule and kiln stops.
P:4.2 The Supplier shall comply with the Buyer's site safety rules, including permits for work at height, hot surfaces and confined spaces.
P:4.3 The Supplier shall deliver as-built drawings, a point list with sensor serial numbers and mounting positions, user and administrator manuals and a maintenance manual, in English and Chinese, before the trial period starts.
P:4.4 The Supplier's site team shall be led by a commissioning engineer who has completed at least two comparable installations; the Supplier shall not replace that engineer without the Buyer's agreement.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty days.
P:5.2 Acceptance criteria: (a) all 320 points transmit data with a packet success rate of at least 99% over the trial period; (b) vibration readings agree with a calibrated portable analyser within 5% on a sample of twenty points; (c) alarms appear in the DCS and create work orders in the maintenance system within one minute; (d) battery life projections meet the specification; (e) no Severity 1 incident occurs during the trial period.
P:5.3 If the criteria are met, the Buyer issues the Final Acceptance Certificate within ten business days. Delivery, installation, use of the system or payment do not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost and the trial period is repeated.
H:6. Warranty
P:6.1 The warranty period is thirty-six months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective sensors, gateways and the edge server free of charge, including batteries that fail before their specified life, and shall supply software updates and new versions free of charge.
P:6.2 Replacement parts shall be delivered to the Buyer's plant within five business days. The Supplier shall keep a stock of twenty spare sensors and two spare gateways at the Buyer's plant during the warranty period.
P:6.3 The warranty does not cover damage caused by the Buyer's misuse, accidents or modifications not approved by the Supplier. If the same component fails three times within the warranty period, the Supplier shall replace it with a new component of an improved type where available.
H:7. Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support covering software updates, remote diagnostics, hardware repair and the service levels in Clause 8.
P:7.2 The annual support fee is 7% of the Hardware and Licence Subtotal, that is CNY 120,050 per year, fixed for four years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 Severity 1 (loss of monitoring for a whole clinker line or the monitoring software unavailable): response within one hour, remote restoration within six hours, on-site attendance within twenty hours where needed. Severity 2 (loss of a gateway or a group of points): response within two hours, restoration within two business days. Severity 3: next business day.
P:8.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount payable.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in its standard software and firmware, and grants the Buyer a perpetual licence as part of the Contract Price.
P:9.2 The analytics models, alarm thresholds, configuration files and integration programs developed for the Buyer belong to the Buyer. The Supplier shall hand them over with documentation at acceptance, and the Buyer may modify them or have them maintained by third parties.
H:10. Data Protection and Security
P:10.1 All measurement data, equipment information and configuration data generated by the system belong to the Buyer. The Supplier shall not use them for any purpose other than performing this contract.
P:10.2 The edge server and software are installed in the Buyer's plant network. Remote access by the Supplier requires the Buyer's approval for each session, passes through the Buyer's industrial firewall and is logged. The Supplier shall not transfer data outside the Buyer's network.
P:10.3 The Supplier shall report any security incident affecting the system within two hours, cooperate in the response, and compensate the Buyer for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's process data, drawings, network information and commercial terms, shall use them only for this contract and shall not disclose them to third parties without the Buyer's written consent. This obligation continues for five years after the contract ends.
H:12. Delay, Liability and Termination
P:12.1 If delivery, installation or acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are unlimited.
P:12.3 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the liquidated damages reach their maximum.
H:13. Training
P:13.1 The Supplier shall provide three days of training at the Buyer's plant for up to twenty maintenance engineers and one day for control room operators, covering data interpretation, alarm handling, sensor replacement and basic fault finding.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes that cannot be settled by negotiation shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. Force Majeure
P:16.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, provide evidence and use reasonable efforts to limit the effect. Time for performance is extended for the duration of the event. If the event lasts more than sixty days, either party may terminate by written notice.
H:17. General
P:17.1 This contract is made in English and Chinese, in four originals, two for each party. Annex A (Measuring Points) and Annex B (Technical Specification) form part of it.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Service Desk and End-User Device Management - 36 Months**

Agreement No. TWS-MSA-2026-008

This Managed Services Agreement is made between:

1. **Guangzhou Lianyun Supply Chain Co., Ltd.**, a company established in the People's Republic of China, with its registered office in Huangpu District, Guangzhou (the "Customer"); and
2. **Tawe Workplace Services Ltd.**, a company incorporated in Wales, United Kingdom, with its registered office at SA1 Waterfront, Swansea, acting through its branch in Guangzhou (the "Provider").

## 1. Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its employees that the Provider receives or accesses in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Clause 4.

1.6 "Term" means thirty-six months from the Service Commencement Date.

## 2. Services

2.1 The Provider shall provide the Services for approximately 1,200 users at the Customer's head office and five regional logistics hubs, in accordance with this Agreement, good industry practice and the Customer's reasonable IT policies notified to the Provider.

2.2 The Provider shall provide the Services in Chinese and English, using ITIL-aligned processes and the Customer's IT service management tool.

2.3 Changes to the volume or scope of the Services are handled through the change procedure in Clause 12. Volume variations within the bands in Schedule 3 do not change the Charges.

## 3. Provider Personnel

3.1 The Provider shall assign a named service delivery manager and keep a stable team of qualified engineers, including on-site engineers at each site as shown in Schedule 1.

3.2 The Provider shall not replace the service delivery manager without at least thirty days' notice and the Customer's agreement, which shall not be unreasonably withheld.

3.3 The Provider's personnel shall comply with the Customer's site rules, working hours and reasonable instructions when on the Customer's premises.

## 4. Transition

4.1 The Provider shall carry out the transition of the Services from the Customer's current arrangements in accordance with the transition plan in Schedule 1, Part B, completing it within sixty days after signature.

4.2 Transition acceptance criteria: (a) all users, devices and open tickets migrated to the Provider's service desk with a complete asset register reconciled to the Customer's records; (b) knowledge articles approved by the Customer for the top one hundred request types; (c) monitoring and remote management agents installed on all managed devices; (d) a ten-business-day parallel run in which the Provider meets the Service Levels in Schedule 2.

4.3 When the criteria are met the Customer signs the Transition Acceptance certificate. Use of the Provider's services during the parallel run is not acceptance.

4.4 If the Transition Acceptance certificate is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,500 for each day of delay, up to a maximum of CNY 150,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet or exceed the Service Levels in Schedule 2 and report its performance monthly.

5.2 If the Provider fails to meet a Service Level in any month, the Customer is entitled to the Service Credits in Schedule 2. Service Credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

5.3 The parties shall hold a monthly service review and a quarterly business review, with an improvement plan for any Service Level missed in two consecutive months.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3.

6.2 The Provider invoices the Monthly Service Charge monthly in arrears, and the Transition Charge after the Transition Acceptance certificate is signed. There is no advance payment.

6.3 The Customer pays each correct invoice within thirty days after receiving a valid VAT fapiao. The Charges are fixed for the Term.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including Customer Data, business information, network diagrams and passwords, and shall use it only for this Agreement.

8.2 A party may disclose confidential information to its employees and professional advisers who need to know it and who are bound by equivalent obligations, or where required by law.

8.3 This Clause 8 survives for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider retains its pre-existing tools, methods and know-how.

9.2 Knowledge articles, runbooks, scripts, device images and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Term.

10.2 The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Clause 8.

10.3 Neither party is liable for loss of profit or indirect loss.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

## 12. Change Procedure

12.1 Either party may propose a change in writing. The Provider shall respond within ten business days with the effect on the Services, Service Levels and Charges. No change is binding until both parties sign a change note.

## 13. Term, Duration and Exit

13.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically.

13.2 This Agreement may not be terminated before the end of the Term, except by written agreement of both parties or under Clause 14. If the Provider fails to perform, the Customer's remedies are the Service Credits, the improvement plan under Clause 5.3 and a claim for damages subject to Clause 10.

13.3 During the last ninety days of the Term the Provider shall cooperate with the Customer and any successor provider for an orderly handover, including transfer of knowledge articles, the asset register and open tickets.

## 14. Force Majeure

14.1 Neither party is liable for failure caused by events beyond its reasonable control. The affected party shall notify the other promptly and resume performance as soon as possible. If an event prevents performance of substantially all Services for more than ninety days, either party may end this Agreement by written notice.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final.

## 16. General

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. It is signed in English and Chinese; both texts are equally authentic.

## Schedule 1 - Services

| Service element | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail, portal and chat support in Chinese and English; ticket logging, triage and first-line resolution | 07:30 to 21:30 China Standard Time, 7 days |
| On-site support | Deskside support, device moves and replacements, meeting-room support | Business hours; 2 engineers at head office, 1 at each hub |
| Device management | Patching, antivirus, software distribution and asset tracking for about 1,350 laptops and desktops and 260 handheld scanners | Continuous |
| Joiners and leavers | Account creation and removal, device preparation and recovery | Within 1 business day of request |
| Transition (Part B) | Discovery, knowledge capture, tool set-up, parallel run | 60 days after signature |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit if missed (monthly) |
|---|---|---|---|---|
| P1 | Site-wide outage of end-user services, or a hub unable to scan shipments | 15 minutes | 6 hours | 5% of the Monthly Service Charge |
| P2 | A group of users or a key application affected | 30 minutes | 8 business hours | 3% of the Monthly Service Charge |
| P3 | A single user affected | 2 business hours | 3 business days | 1% of the Monthly Service Charge |
| Service desk | Calls answered within 30 seconds | 90% of calls | - | 2% of the Monthly Service Charge |

Total Service Credits in a month are capped at 20% of the Monthly Service Charge for that month.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-off, on Transition Acceptance | 126,000 |
| Monthly Service Charge | 36 months x CNY 96,500 | 3,474,000 |
| **Total Charges over the Term** | | **3,600,000** |

The Monthly Service Charge covers between 1,100 and 1,300 users; outside that band each additional or fewer user changes it by CNY 72 per month.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SHN-DS-2026-0457

BETWEEN

Shannon Maritime Data DAC, a company incorporated in Ireland with its registered office at Dock Road, Limerick, Ireland ("Provider"); and

Qingdao Haiyue International Freight Forwarding Co., Ltd., a company established in the People's Republic of China with its registered office in Shinan District, Qingdao ("Customer").

BACKGROUND

Customer operates ocean freight forwarding and needs reliable vessel positions, port-call events and estimated arrival times for the shipments it manages. Provider operates a global vessel tracking data platform fed by terrestrial and satellite AIS receivers. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel position data, port-call events, vessel particulars and arrival predictions made available through the Service.

1.2 "Service" means Provider's MarineFeed REST and streaming APIs, the web console and the related documentation.

1.3 "Customer Content" means the shipment references, booking numbers, vessel watch lists, user details and other information that Customer submits to the Service.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Service Start Date.

1.5 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence, during the two Subscription Years, to access the Service and to use the Data in Customer's internal systems, its customer tracking portal and its shipment notifications to its own customers.

2.2 The subscription covers up to 3,000 vessels on watch lists at any time and up to two million API calls per month. Customer may not resell the Data as a standalone data product.

2.3 Provider shall supply the Data with coverage and latency as described in the documentation and shall not materially reduce them during the subscription.

2.4 Customer shall use the Service in accordance with the documentation and applicable law, shall keep its API keys secure, and shall not attempt to circumvent rate limits or to access the Service by any means other than the published interfaces. Provider may suspend a compromised API key after notifying Customer and shall issue a replacement key without delay.

2.5 Provider shall give Customer at least ninety days' notice before retiring any API version used by Customer and shall keep the retiring version available until Customer has migrated, within that period.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 586,000;
(b) Subscription fee, Subscription Year 2: CNY 586,000;
(c) Integration support (one-off): CNY 48,000.
Total contract value: CNY 1,220,000, including VAT.

3.2 Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year, and the integration support fee after Integration Acceptance. Customer pays within thirty days after receipt of a valid VAT fapiao.

3.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Provider shall warn Customer by e-mail when usage reaches 80% of the allowance.

3.4 The fees for the two Subscription Years are fixed.

3.5 Each party bears its own taxes. Fees are stated in CNY and are not subject to currency adjustment.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within ten business days after signature Provider shall issue API credentials for test and production environments, and shall assist Customer's developers in connecting the Service to Customer's transport management system and tracking portal.

4.2 Integration acceptance criteria: (a) position and port-call data are received for all vessels on Customer's initial watch list; (b) the streaming API delivers position updates to Customer's systems with a median latency under two minutes during a five-day test; (c) arrival predictions are displayed in Customer's portal for a sample of fifty voyages and reconciled with actual arrivals; (d) Customer's single sign-on works for the web console.

4.3 Customer confirms Integration Acceptance in writing within five business days after the criteria are met. Use of test credentials is not acceptance.

4.4 If Provider fails to issue credentials or to make the Service ready for the acceptance test by the dates in the onboarding plan for reasons within its control, Provider shall pay Customer CNY 900 per day of delay, deducted from the first invoice.

5. SERVICE LEVELS

5.1 Provider shall make the production APIs available at least 99.95% of each calendar month, excluding scheduled maintenance notified seven days in advance.

5.2 Support requests are classified as follows. Severity 1 (production API unavailable or returning no data): Provider will respond within 8 hours and work continuously until restored. Severity 2 (degraded performance or missing data for a region): response within one business day. Severity 3 (questions and minor issues): response within three business days.

5.3 If monthly availability falls below the commitment in 5.1, Customer receives a service credit of 5% of one twelfth of the current Subscription Year fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that amount. Credits are applied to the next invoice or, at the end of the subscription, refunded.

5.4 Provider publishes service status and incident reports on its status page and sends monthly availability reports to Customer.

6. CUSTOMER CONTENT AND SECURITY

6.1 Customer Content belongs to Customer. Provider uses Customer Content only to provide the Service to Customer and does not use it for any other purpose, including analytics or product development.

6.2 Provider shall protect Customer Content with industry-standard security measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and annual penetration tests. Customer Content is stored in Provider's cloud region in mainland China.

6.3 Provider shall notify Customer within forty-eight hours after becoming aware of any unauthorised access to Customer Content, take the steps needed to contain it and bear the losses caused by its failure to meet this clause 6.

6.4 At the end of the subscription Provider shall delete Customer Content within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Service and the Data. Customer may keep Data received during the subscription in its shipment records and may continue to use those records after the end of the subscription.

7.2 The connectors, mapping tables and portal widgets developed by Provider for Customer under the integration support belong to Customer, which may modify them and have them maintained by any third party.

8. WARRANTIES

8.1 Provider warrants that it has the right to license the Data, that the Service will operate materially in accordance with the documentation, and that the Data is collected in compliance with applicable law.

8.2 Arrival predictions are estimates. Provider does not warrant that any vessel will arrive at a predicted time.

8.3 If the Data for a region is materially incomplete for more than five consecutive days for reasons within Provider's control, Provider shall, at Customer's request, extend the current Subscription Year by the number of affected days at no charge.

9. LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement in any claim period is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of business or indirect loss.

9.3 The limits in this clause 9 do not apply to death or personal injury, fraud or intellectual property infringement claims.

10. SUBCONTRACTING

10.1 Provider may use its hosting provider named in the documentation. Provider shall not otherwise subcontract any part of the Service without Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. If Customer terminates for Provider's breach, Provider refunds the unused part of the current Subscription Year fee.

11.3 Customer may also terminate by written notice if monthly availability is below the commitment in 5.1 for three months in any period of six consecutive months.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failure of satellite networks operated by third parties, provided it notifies the other party promptly and takes reasonable steps to resume performance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 Customer may not assign this Agreement without Provider's consent, which shall not be unreasonably withheld. Provider may not assign it without Customer's consent.

14.2 Notices shall be sent by e-mail and courier to the contacts named in the onboarding plan.

14.3 This Agreement, with the documentation and the onboarding plan, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.4 This Agreement is signed in English and Chinese in two originals; both texts have equal effect.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

TARGETS = {
    "z01": ("h622z01_medical_insurance_fund_supervision_platform.pdf", "pdf", Z01),
    "z02": ("h622z02_gypsum_board_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h622z03_nail_salon_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h622z04_port_inspection_system_annual_om.txt", "txt", Z04),
    "z05": ("h622z05_pickle_factory_production_records_supplier_template.md", "md", Z05),
    "e01": ("h622e01_qms_perpetual_licence_cork_vendor.pdf", "pdf", E01),
    "e02": ("h622e02_ehs_saas_order_form_galway_vendor.md", "md", E02),
    "e03": ("h622e03_cement_condition_monitoring_sensors_cardiff.docx", "docx", E03),
    "e04": ("h622e04_service_desk_managed_services_swansea.md", "md", E04),
    "e05": ("h622e05_maritime_data_api_subscription_limerick.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def t(*vals):
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# terms in KEYS order; extra; category; design data (not in labels): fee base, warranty years, forum outside mainland
D = {
    "z01": dict(cat="software", cv=2350000, terms=t(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True,
                True, 36, 8, False, True, False, "PRC", G), sla=True, ld=True, capped=True, deemed=False,
                base=1280000, forum_out=False),
    "z02": dict(cat="hardware", cv=1980000, terms=t(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True,
                True, 18, 28, False, True, True, "PRC", G), sla=True, ld=True, capped=True, deemed=False,
                base=1600000, forum_out=False),
    "z03": dict(cat="cloud", cv=551000, terms=t(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True,
                None, None, None, True, True, False, "PRC", S), sla=True, ld=True, deemed=False, forum_out=False),
    "z04": dict(cat="services", cv=1368000, terms=t(99.95, 0.25, True, "buyer", True, True, True, 0.02,
                684000 / 1368000 * 100, None, True, None, None, None, False, True, False, "PRC", S), sla=True, ld=True,
                deemed=False, forum_out=False),
    "z05": dict(cat="software", cv=524000, terms=t(None, None, False, "supplier", True, True, True, None, None, 65,
                False, False, 6, None, False, True, True, None, G), sla=False, ld=False, capped=False, deemed=True,
                base=268000, forum_out=False),
    "e01": dict(cat="software", cv=2020000, terms=t(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True,
                24, 9, False, True, False, "Ireland", G), sla=True, ld=True, capped=True, deemed=False, base=1460000,
                forum_out=True),
    "e02": dict(cat="cloud", cv=900000, terms=t(99.95, 0.5, False, "buyer", True, True, True, None, 150, None, True,
                None, None, None, False, True, False, "PRC", S), sla=True, ld=False, deemed=False, forum_out=False),
    "e03": dict(cat="hardware", cv=2000000, terms=t(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True,
                36, 7, False, True, False, "PRC", G), sla=True, ld=True, capped=True, deemed=False, base=1715000,
                forum_out=False),
    "e04": dict(cat="services", cv=3600000, terms=t(None, 0.25, True, "buyer", False, True, True, 2500 / 3600000 * 100,
                150, None, True, None, None, None, False, False, False, "PRC", S), sla=True, ld=True, deemed=False,
                forum_out=False),
    "e05": dict(cat="cloud", cv=1220000, terms=t(99.95, 8, True, "buyer", True, True, False, 900 / 1220000 * 100,
                6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S), sla=True, ld=True,
                deemed=False, forum_out=False),
}

DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e02": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e02": "high", "e04": "high", "e05": "medium"}
# policy thresholds (never to be hit by a label value or stated in a text)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d):
    tm = d["terms"]
    if tm["contract_kind"] != G or tm["post_warranty_fee_pct"] is None or not d.get("capped"):
        return None
    years = max(0.0, 5 - tm["warranty_months"] / 12)
    fees = d["base"] * tm["post_warranty_fee_pct"] / 100 * years
    return fees / (d["cv"] + fees) * 100


def derive(d):
    """My reading of policy section 3, applied to the label values."""
    tm, r = d["terms"], set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if tm["availability_pct"] is not None and tm["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if tm["p1_response_hours"] is None or tm["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not tm["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if tm["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not tm["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if tm["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not tm["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif tm["ld_rate_per_day_pct"] is not None and tm["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if tm["liability_cap_pct"] is not None and tm["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if tm["prepayment_pct"] is not None and tm["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not tm["acceptance_clause"] or tm["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if tm["contract_kind"] == G:
        if tm["warranty_months"] is None or tm["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not d["capped"] or tm["post_warranty_fee_pct"] is None or tm["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if tm["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not tm["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if tm["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if tm["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM_PCT = r"(?<![\d.,])(?:{})(?:\.0+)?" + PCT
BAD = [
    r"99\.90*(?!\d)" + r"(?:\s*(?:%|％|per\s*cent|percent))?",
    r"(?<![\d.,])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"四个?小时", r"four[\s-]*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五",
    NUM_PCT.format("100"), r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    NUM_PCT.format("30"), r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent", r"三成",
    NUM_PCT.format("15"), r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    NUM_PCT.format("40"), r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|mos?\b|个月|个自然月)", r"十二个?月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?:质保|保修|免费维护)期?(?:为|：|:)?\s*(?:一|1)\s*年", r"one[\s-]*year\s*warranty",
    r"warranty\s*period\s*(?:of|is)\s*one\s*year",
]
BAD_RE = re.compile("|".join("(?:%s)" % b for b in BAD), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "100 per cent", "30%",
            "百分之三十", "15%", "15.0%", "40%", "百分之四十", "12 months", "12个月", "十二个月", "twelve months",
            "质保期为一年", "4-hour", "4h", "one-year warranty"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.08%", "万分之八", "万分之五十", "1,100%",
             "130%", "45%", "150%", "115%", "0.15%", "2012 months", "第一年", "one year from its start", "20%", "35%",
             "第十二条", "412,000", "99.98%", "万分之二", "4 business days", "14小时", "104%"]


def selftest():
    for x in MUST_HIT:
        assert BAD_RE.search(x) and BAD_RE.search(re.sub(r"\s", "", x)), x
    for x in MUST_MISS:
        assert not BAD_RE.search(x) and not BAD_RE.search(re.sub(r"\s", "", x)), x


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key, d):
    name = TARGETS[key][0]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["cv"]
    return {"file": name, "language": "zh" if key[0] == "z" else "en", "category": d["cat"],
            "expected_terms": d["terms"], "expected_extra": extra, "expected_rules": derive(d)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.rstrip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind, src) in TARGETS.items():
        d = D[k]
        text = read_back(OUT / name)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BAD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        for key, th in TH.items():
            v = d["terms"][key]
            assert v is None or abs(v - th) > 1e-9, (name, key, v)
        sh = tco_share(d)
        assert sh is None or abs(sh - 40) > 2, (name, sh)
        rules = derive(d)
        assert rules == sorted(DESIGN[k]), (name, rules, DESIGN[k])
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low"))
        assert risk == RISK[k], (name, risk)
        covered |= set(rules)
        lab = label(k, d)
        assert list(lab["expected_terms"]) == KEYS
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%s %s %d %s %s tco=%s" % (name, "chars" if k[0] == "z" else "words", n, risk, rules,
                                           None if sh is None else round(sh, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_comp = [k for k in D if not DESIGN[k]]
    assert sorted(n_comp) == ["e03", "z01"]
    assert len(DESIGN["z05"]) in range(8, 11)
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
