"""holdout1034: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below. .txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDFs pre-wrapped at
word boundaries, as holdout15 onwards).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1034Z01 = """T:滨江市中心血站献血服务管理平台采购合同
P:合同编号：BJXZ-ZC-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市中心血站
P:乙方（供应商）：杭州瑞衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就献血服务管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供献血服务管理平台标准软件永久使用许可，覆盖献血者登记、体检征询、采血、血液检测、成分制备、库存与发血管理等模块，许可不限用户数，部署于甲方机房。
P:1.2 乙方按甲方需求完成定制开发：献血者小程序预约与积分、街头献血车调度、与省级血液管理信息系统及医院用血系统的接口、采供血业务统计驾驶舱。
P:1.3 乙方负责安装部署、历史数据迁移、操作培训和上线保障，具体范围以附件一《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000），包括：软件许可费¥1,280,000，定制开发费¥846,000，实施及数据迁移费¥188,000，培训费¥72,000。
P:2.2 上述价款为固定总价，已含税费、差旅、第三方组件及乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方按第3.4款提交银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方提交的履约保函金额为合同总价的5%，有效期至最终验收合格后三十日；最终验收合格后，甲方退还履约保函，质保期内的服务要求由乙方另行书面承诺。
P:3.5 每次付款前，乙方应开具合法有效的等额发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署及初步验收，一百五十日内完成最终验收。
P:4.2 乙方应按周提交项目进度报告，项目经理及核心开发人员未经甲方同意不得更换。
P:4.3 乙方应为甲方信息科、采血科、检验科、成分科和供血科的操作人员及系统管理员分批开展培训，培训不少于八场，并提供操作手册、管理员手册和培训视频。培训效果以甲方组织的上机考核为准，考核不合格的人员由乙方免费补训。
P:4.4 数据迁移前，乙方应提交迁移方案和回退方案，经甲方书面确认后方可实施；迁移须在甲方指定的非业务高峰时段进行，不得影响正常采供血工作。
H:第五条 验收
P:5.1 初步验收：平台全部功能按需求规格说明书逐项测试通过；迁移数据经全量比对，记录数、献血者身份信息及血液检测结果一致；与省级平台、医院用血系统的接口连续十日无差错。
P:5.2 最终验收：平台连续试运行六十日，无一级故障；在三百个并发用户下常用业务操作响应时间不超过2秒；通过第三方软件测评机构的功能、性能和安全测试，并完成等级保护测评整改。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线试运行、甲方实际使用或支付部分款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%（即不超过¥115,200/年），且质保期满后三年内不上调，双方另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意并安排在非采血时段。
P:7.2 故障分级：一级故障（平台无法登记或发血、数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中修复。
P:7.3 乙方未按时响应或恢复一级故障的，每延迟一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从维护费或履约保证金中扣除。
P:7.4 乙方应设立服务热线和专属服务群，按月提交运行维护报告，内容包括故障统计、处理情况、系统性能及安全风险提示，并参加甲方组织的季度服务评价。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、源代码、接口、数据库脚本及技术文档，其知识产权归甲方所有，乙方应在最终验收时一并交付完整源代码。
P:8.2 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可，可在本单位内部自由部署和使用。
H:第九条 数据安全
P:9.1 献血者个人信息、健康检测数据、血液库存及业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，现场实施和远程维护须经甲方审批并通过堡垒机操作，全程留痕；测试须使用甲方提供的脱敏数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权拒收并要求退还已付款项。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 合同解除或终止后，乙方应在十日内向甲方移交全部业务数据、已完成的源代码和技术文档，并配合甲方完成系统交接，不得以任何理由拖延或删除数据。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的事件导致不能履行合同的，受影响一方应及时通知对方，并在事件消除后十日内提供证明，双方可协商延长履行期限。
H:第十六条 廉洁条款
P:16.1 乙方不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益，一经发现，甲方有权解除合同并按政府采购有关规定处理。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、需求规格说明书均为本合同组成部分。
P:甲方（盖章）：滨江市中心血站　　乙方（盖章）：杭州瑞衡信息技术有限公司
P:签订日期：2026年　月　日
"""

H1034Z02 = """T:电动指甲刀生产线控制系统改造合同
P:合同编号：RJ-SB-2026-058
P:甲方：宁波锐甲电器有限公司
P:乙方：苏州汇控自动化工程有限公司
P:甲方为提升电动指甲刀装配线、刀头研磨线及包装线的自动化水平和良品率，委托乙方对上述八条生产线的控制系统实施改造。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制系统；更换伺服驱动及电机，加装人机界面、刀头视觉检测单元和产线数据采集网关；部署产线监控软件，实现产量、节拍、停机原因和不良品的实时统计。
P:1.2 乙方负责控制程序编写、设备安装调试、与甲方现有ERP系统的工单接口开发、操作及维修人员培训。
P:1.3 乙方所供设备须为全新原厂正品，主要部件的品牌、型号和技术参数应与附件一《技术规格书》一致，不得擅自替换；确需替换的，应事先书面报甲方同意，且性能不得低于原约定。
P:1.4 改造须分线实施，每条线停线时间不超过五天，不得影响其他生产线的正常运行。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰万元整（¥2,000,000），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及I/O模块）|8套|68,000|544,000
TB:2|伺服驱动器及伺服电机|48套|7,500|360,000
TB:3|触摸屏人机界面|16台|6,500|104,000
TB:4|刀头视觉检测单元|6套|52,000|312,000
TB:5|产线数据采集网关|8台|12,500|100,000
TB:6|产线监控软件许可（永久）|1套|300,000|300,000
TB:|设备及软件小计|||1,720,000
TB:7|安装调试及ERP接口开发|1项|236,000|236,000
TB:8|培训|1项|44,000|44,000
TB:|合同总价|||2,000,000
P:2.2 合同总价为固定价格，包含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的60%。到货签收和安装完成仅表示数量确认，不视为质量验收。
P:3.3 八条生产线全部通过终验后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，一百二十日内完成全部生产线改造并提请终验。
P:4.2 乙方应在开工前提交施工组织方案和停线计划，经甲方生产部确认后实施；停线计划变更须提前三日书面告知。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：装配线节拍不低于每分钟四十五件，视觉检测漏检率不高于0.2%，误判率不高于1%，连续七十二小时试生产无停线故障，产量与不良品数据与人工清点一致。
P:5.2 全部生产线完成单线验收后，经连续三十日生产运行，整体设备综合效率较改造前提升不少于八个百分点，ERP工单接口准确无误，方可进行终验。
P:5.3 终验由甲方组织并出具书面终验报告。设备安装完成、试生产或甲方使用，均不视为终验合格。
H:第六条 质保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返费用。
P:6.2 质保期内乙方提供软件免费升级和远程技术支持，并每季度进行一次现场巡检，提交巡检报告。
P:6.3 乙方应在终验时向甲方交付设备清单、电气原理图、接线图、PLC程序备份、参数表、操作及维修手册，并提供质保期内常用易损件清单和推荐备件价格。
P:6.4 乙方应对甲方设备科维修人员和各班组操作人员进行培训，内容包括设备操作、日常点检、常见故障处理和程序备份恢复，培训合格人员不少于二十名。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供驻场维保服务，包括一名常驻工程师、备品备件、定期巡检和程序优化。维保费按设备及软件小计的28%每年计取，即每年¥481,600，维保合同期内不上调。
P:7.2 驻场工程师应具备三年以上同类产线调试经验，每周在甲方厂区工作不少于五天；维保期间更换的备品备件费用已含在维保费内，乙方不得另行收费。
P:7.3 维保合同由双方在质保期满前一个月另行签订，按年度支付。
H:第八条 服务水平
P:8.1 一级故障（整线停机）乙方应在1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单工位故障或检测异常）2小时内响应，当日修复；三级故障在一周内处理。
P:8.2 乙方未按本条时限响应或修复一级故障的，每超时一小时向甲方支付¥800，从质量保证金或维保费中扣除。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC控制程序、人机界面画面、视觉检测算法参数、ERP接口程序及报表，其知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
P:9.2 产线监控软件标准产品的著作权归原权利人所有，甲方享有永久使用许可。
H:第十条 数据安全
P:10.1 产线运行数据、工艺参数、产品配方和产量数据属于甲方，乙方不得复制、带离或用于本合同以外的目的。
P:10.2 乙方远程维护须经甲方设备部审批，通过甲方指定的VPN及账号进行，操作全程记录；乙方人员不得在控制网络中接入未经检测的移动存储介质。
P:10.3 发生数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部损失。
H:第十一条 保密
P:11.1 双方对在合作中获知的对方技术资料、工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造或终验的，每逾期一日，按合同总价的千分之一支付违约金。
P:12.2 乙方所供设备或软件经终验仍不合格的，甲方有权要求乙方更换或退货，乙方承担由此产生的全部费用。
P:12.3 因乙方施工或调试不当造成甲方设备损坏、停产损失的，乙方应予赔偿。
P:12.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 分包
P:13.1 乙方可将现场安装、电缆敷设等工程分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:14.2 合同解除后，乙方应配合甲方恢复受影响生产线的运行，移交已完成部分的程序、图纸和资料，不得以未结算款项为由拒绝移交。
H:第十五条 安全生产
P:15.1 乙方人员进入甲方厂区应遵守甲方安全生产制度，因乙方人员违规操作造成的人身伤害和财产损失由乙方承担。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生的除外。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁波锐甲电器有限公司　　乙方（盖章）：苏州汇控自动化工程有限公司
"""

H1034Z03 = """智珠心算连锁门店约课及会员管理系统服务合同

合同编号：ZZ-IT-2026-0912

甲方：杭州智珠教育科技有限公司（下辖珠心算、心算培训门店三十五家）
乙方：上海约课云信息技术有限公司

甲方拟在其全部三十五家门店使用统一的在线约课、排课、会员及课时管理系统。乙方以软件即服务（SaaS）方式提供“约课云”系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店开通约课云系统，包括家长端小程序、老师端、门店管理后台和总部管理后台，功能涵盖课程发布、在线约课与签到、排课、课时包及会员卡管理、续费提醒、业绩统计和营销活动。
2. 每家门店账号数量不限，总部可按门店、老师、课程查询和导出数据。
3. 服务期内乙方免费提供功能升级，升级不得减少本合同约定的功能。
（二）实施服务
1. 乙方负责系统初始化配置、门店及课程体系搭建、历史会员及剩余课时数据导入、与甲方财务系统的收款对账接口开发。
2. 乙方为总部及各门店店长、前台、老师开展线上及集中培训，并提供操作手册和视频教程。
3. 乙方应指派专职实施顾问，按甲方确认的上线计划分批切换门店，切换期间保证门店正常上课和收费不受影响。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为三百六十五日。
（二）乙方应在合同签订后四十五日内完成全部门店上线并提请上线验收。

三、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度¥5,800，三十五家门店每个服务年度合计¥203,000，两个服务年度合计¥406,000。
（二）实施费为一次性费用¥68,000。
（三）本合同总金额为¥474,000（大写：人民币肆拾柒万肆仟元整），含增值税。
（四）支付方式：
1. 实施费及第一服务年度订阅费，于上线验收合格后十个工作日内支付；
2. 第二服务年度订阅费，于第二服务年度开始前十个工作日内支付；
3. 乙方应在每次收款前开具增值税专用发票。
（五）上述费用已包含短信通知、小程序认证、云资源及系统升级费用，乙方不得另行收取。
（六）服务期内新增门店的，按每家门店每个服务年度¥5,800按剩余月数折算，另行签订补充协议。

四、上线验收
（一）验收标准：
1. 三十五家门店全部开通，按附件所列功能清单逐项测试通过；
2. 历史会员、剩余课时、课时包余额导入后，与甲方提供的台账逐条核对一致；
3. 在五百名家长同时约课时，约课操作响应时间不超过3秒；
4. 收款对账接口连续七日与财务系统对账无差异。
（二）甲方在乙方提请验收后十个工作日内组织验收并出具书面意见。系统开通或试用不视为验收合格。
（三）验收未通过的，乙方应在七日内完成整改并重新提请验收；因整改导致上线推迟的，按第十条承担逾期责任。

五、服务水平
（一）服务期内系统月度可用率不低于99.5%，计划内维护应在晚上十一点至次日早上六点之间进行，并提前两日通知甲方。
（二）故障响应：一级故障（系统无法登录、约课或签到）乙方在8小时内响应，二级故障在一个工作日内响应，三级故障在三个工作日内处理。
（三）乙方提供工作日早上八点至晚上九点的电话、在线客服支持，周末及法定节假日提供在线值班支持；每月五日前向甲方提交上月服务报告，包括可用率、故障处理记录和功能更新说明。
（四）月度可用率低于承诺值的，按以下标准抵扣当期订阅费：低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣10%。抵扣款项在下一次付款时扣除。

六、数据安全及数据权属
（一）甲方录入及产生的学员、家长、老师信息、课时及交易记录等全部数据属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）学员多为未成年人，乙方应依法取得必要授权，对个人信息加密存储和传输，实行最小权限访问，系统应通过网络安全等级保护第三级测评，数据存储于中国境内。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失及监管处罚由乙方承担。
（四）服务终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除，出具删除证明。

（五）乙方运维人员访问甲方数据须经内部审批并留存操作日志，日志保存不少于六个月，甲方可随时要求查阅。
（六）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并每季度进行一次恢复演练，演练结果书面报告甲方。

七、保密
乙方对在服务中获知的甲方经营数据、课程体系、价格政策和学员信息负有保密义务，不得向第三方披露。保密义务在合同终止后继续有效。

八、知识产权
（一）约课云系统的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程体系模板、定制报表及财务对账接口程序，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

九、续期
服务期满前三十日内双方均未书面提出异议的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅费由乙方按其届时价格体系调整，每次上调幅度不超过上一年度订阅费的8%，乙方应在续期前以书面方式告知调整后的价格。甲方不接受调整后价格的，可在续期开始前书面通知乙方不再续期。

十、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日向甲方支付违约金¥300。
（二）乙方违反第六条约定的，应赔偿甲方全部损失。
（三）除第六条及乙方故意或重大过失外，乙方在本合同项下的累计赔偿责任以本合同总金额的一点五倍为限。

十一、分包
乙方不得将本合同项下的服务转包或分包。乙方当前使用的云服务提供商已在附件中列明，如需更换，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权解除合同。
（二）月度可用率连续两个月低于99%的，甲方有权解除合同，乙方应退还未使用服务期对应的费用。
（三）合同解除或服务期满不再续期的，乙方应提供不少于三十日的过渡期，期间按原标准继续提供服务并配合数据迁移。

十三、甲方义务
（一）甲方应指定总部项目负责人，协调各门店配合乙方完成数据整理、配置确认和培训组织。
（二）甲方应按约定支付费用，并妥善管理各级账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十四、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方，并在合理期限内恢复服务。基础电信网络故障或政府管制导致的中断，乙方应及时告知甲方并协助采取替代措施。

十五、争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十六、其他
（一）双方通知以书面形式送达合同首页所列地址或指定电子邮箱，电子邮件发出即视为送达。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件（功能清单、云服务提供商清单）为本合同组成部分。

甲方（盖章）：杭州智珠教育科技有限公司
乙方（盖章）：上海约课云信息技术有限公司
日期：2026年　月　日
"""

H1034Z04 = """东岚市港航事业发展中心
港口岸电运维系统年度运维服务合同

项目编号：DLGH-CS-2026-031（竞争性磋商）
甲方（采购人）：东岚市港航事业发展中心
乙方（成交供应商）：宁波海瑞电力科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就东岚港港口岸电运维系统2027年度运维服务订立本合同。

第一条 服务范围
1.1 运维对象：东岚港十二个泊位的高压及低压岸电设施（含变频电源、岸电接电箱、电缆管理装置）以及港口岸电运维管理系统（含监控平台、计量计费模块、船岸交互终端和与港口生产调度系统的接口）。
1.2 服务内容：日常巡检与预防性维护、故障抢修、系统软件运行维护与版本更新、计量装置校验配合、备品备件供应、船舶靠港接电保障及年度应急演练。
1.3 服务期限：2027年1月1日至2027年12月31日。服务期满本合同自动终止，下一年度服务由甲方另行采购。

第二条 服务费用
2.1 本合同总价为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），包括：岸电设施巡检维护费¥642,000，运维管理系统软件运维费¥286,000，备品备件费¥218,000，应急保障费¥122,000。
2.2 合同总价为固定价格，包含人工、工具、车辆、备品备件、检测仪器、税费等全部费用。
2.3 服务费按季度支付。每季度考核结束后十个工作日内，甲方支付当季服务费¥317,000，扣除当季考核扣款后的余额。第四季度服务费在年度服务验收合格后支付。本合同不设预付款。

第三条 人员配置
3.1 乙方应配备项目负责人一名、持高压电工证的运维工程师四名、系统运维工程师二名，其中不少于三名常驻东岚港。
3.2 乙方人员应具备相应资质，更换关键人员须提前十日书面报甲方同意。
3.3 乙方应于2027年1月1日前完成进场接管，包括设施状态核查、资料交接和值班安排。
3.4 乙方驻场人员实行考勤制度，考勤记录每月随巡检报告报甲方；驻场人员缺勤的，乙方应安排同等资质人员顶岗。

第四条 服务标准
4.1 巡检：高压岸电设施每周巡检一次，低压接电箱每两周巡检一次，每月出具巡检报告；每年汛期和台风季前开展专项检查。
4.2 运维管理系统月度可用率不低于99.95%，计量计费数据准确率不低于99.99%。
4.3 故障分级及时限：一级故障（岸电无法向船舶供电或运维管理系统瘫痪）乙方应在15分钟内响应，1小时内到达现场，6小时内恢复；二级故障（单泊位或单模块故障）30分钟内响应，12小时内修复；三级故障（不影响供电的一般缺陷）在下一次巡检时处理。
4.4 船舶靠港接电作业须有乙方人员在场配合，接电准备时间不超过二十分钟。
4.5 备品备件：乙方应在东岚港现场储备变频电源功率模块、接电插头插座、电缆及计量表计等常用备件，储备清单经甲方确认；备件消耗后七日内补齐，更换的旧件交甲方处置。
4.6 应急保障：乙方应编制岸电设施突发故障、电气火灾、台风及船舶紧急离泊等应急预案，报甲方备案；每年至少组织两次联合应急演练，演练方案和总结报告报甲方。
4.7 软件运维：乙方负责运维管理系统的运行监控、数据备份、补丁更新和性能优化，每月进行一次备份恢复验证；系统版本更新须在测试环境验证后，报甲方同意并在无船舶接电的时段实施。

第五条 考核与扣款
5.1 甲方按季度对乙方服务进行考核，考核指标包括巡检完成率、故障响应及恢复时限、系统可用率、接电保障及时率和资料完整性。
5.2 一级故障每超过恢复时限一小时，扣款¥2,000；系统月度可用率每低于承诺值0.01个百分点，扣款¥1,500；巡检漏检一次扣款¥500；接电保障延误一次扣款¥1,000。
5.3 当季扣款总额不超过当季服务费的二成，超出部分在下一季度继续扣除。
5.4 甲方发现乙方服务质量问题的，可书面通知乙方限期整改，乙方应在规定期限内完成整改并书面回复整改结果。

第六条 年度服务验收
6.1 服务期满后十五日内，甲方组织年度服务验收。验收标准为：各季度考核均已完成且全年平均得分不低于九十分；全年无因乙方原因导致的安全责任事故；设施完好率不低于98%；运维档案、巡检记录、故障记录、系统配置及变更记录完整并已移交。
6.2 验收合格的，甲方出具年度服务验收报告；不合格的，乙方应在甲方规定期限内整改。
6.3 服务期满后，乙方应向甲方或甲方指定的下一任服务单位完成交接，移交设施状态、遗留缺陷、备件库存、账号及全部运维资料，交接期不少于十日，交接期内乙方继续履行值班义务，不另收费。

第七条 数据安全
7.1 岸电运行数据、船舶用电及计费数据、设施台账和系统日志均属于甲方，乙方仅为履行运维服务使用，不得复制、导出或用于本合同以外的任何目的。
7.2 乙方应按网络安全等级保护要求进行运维，远程访问须经甲方审批并通过运维审计系统，禁止使用个人设备接入生产网络；系统账号专人专用，离岗时当日注销。
7.3 发生数据丢失、被篡改、网络攻击等安全事件的，乙方应在1小时内报告甲方并按应急预案处置；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 乙方应于每季度对运维管理系统开展一次漏洞扫描和弱口令检查，发现的高危漏洞须在七日内修复。

第八条 成果归属
运维过程中形成的运维报告、巡检记录、脚本、配置文件和技术文档，归甲方所有。

第九条 违约责任
9.1 乙方未按第3.3款按期完成进场接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方未按本合同提供服务的，除按第五条扣款外，还应赔偿由此给甲方造成的损失；因乙方原因造成船舶接电中断或设施损坏的，乙方负责修复并赔偿。
9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 合同的履行
10.1 服务期内，除不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。
10.2 乙方违约的，甲方可依照第五条、第九条扣款或要求支付违约金，乙方应继续履行本合同并及时纠正，不得以此为由解除合同。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 安全生产
乙方应遵守港区安全生产和电力作业规程，高压作业执行工作票制度。乙方人员在作业中发生人身伤亡的，由乙方承担责任。

第十三条 甲方义务
13.1 甲方应向乙方提供岸电设施竣工资料、系统文档和必要的值班场所，协调港口企业配合乙方作业。
13.2 甲方应按合同约定及时开展季度考核并支付服务费。

第十四条 不可抗力
因台风、地震等不可抗力影响服务的，乙方应立即通知甲方并尽力减少损失，不可抗力消除后立即恢复服务，相应时段不计入考核。

第十五条 争议解决
本合同适用中华人民共和国法律。双方争议协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：东岚市港航事业发展中心
乙方（盖章）：宁波海瑞电力科技有限公司
"""

H1034Z05 = """# 工序通生产跟踪系统软件许可及定制开发合同

**（杭州工序通软件有限公司标准合同文本 V1.4）**

合同编号：GXT-2026-1127

- 甲方（买方）：安吉县竹韵刨花工艺品工作室
- 乙方（卖方）：杭州工序通软件有限公司

甲方拟采购乙方“工序通”生产跟踪系统，用于竹材刨花工艺品从原竹入库、蒸煮、刨花、染色、定型、编织到包装出库各道工序的流转跟踪。双方在平等自愿基础上，按照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供工序通生产跟踪系统标准版软件永久使用许可一套，包含工单管理、工序报工、扫码流转、计件工资、库存管理和统计报表模块，授权用户数为六十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：竹材批次及含水率记录、刨花厚度分级登记、染色配方管理、订单进度看板、与甲方网店订单的对接。定制开发需求以双方确认的《需求确认单》为准，确认后新增需求另行计费。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训以集中授课方式进行，共计三天，培训对象为甲方管理人员、班组长和仓管人员。乙方提供电子版操作手册。

1.4 软件许可限于甲方在本合同首页所列地址范围内使用，甲方新增用户、新增厂区或新增模块的，应按乙方届时的价格另行购买许可。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序通标准版软件许可（六十用户，永久） | 168,000 |
| 2 | 定制开发 | 226,000 |
| 3 | 实施及培训 | 36,000 |
| | 合计 | 430,000 |

合同总价为人民币肆拾叁万元整（¥430,000），含税。扫码枪、标签打印机、服务器等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统安装部署完成后五个工作日内，甲方向乙方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在签订合同时提供开票信息。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成标准版部署，一百日内完成定制开发功能部署。

4.2 因甲方需求变更、数据准备不及时或现场条件不具备造成的延误，交付期限相应顺延。

4.3 甲方应在乙方部署前准备好符合乙方配置要求的服务器、操作系统、数据库和网络环境，并指定专人配合需求调研、数据整理和测试。甲方提供的基础数据（工序、物料、员工、工价等）应真实完整，因数据错误导致的问题由甲方负责。

4.4 需求确认单签字后，甲方提出需求变更的，乙方评估工作量后报价，甲方确认后实施，交付期限相应顺延。

## 第五条 验收

5.1 乙方完成系统安装部署后通知甲方，系统安装部署完成即视为甲方验收合格。

5.2 甲方在系统使用中发现的问题，乙方在后续维护中予以处理，不影响验收结论和付款，甲方不得以此为由拒绝或延迟支付第3.2款的款项。

## 第六条 免费维护

6.1 乙方提供自系统安装部署完成之日起六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 乙方通过电话、远程协助方式提供技术支持，对甲方反映的问题尽力及时解决。现场服务需甲方承担差旅费用。

6.3 因甲方操作不当、擅自修改系统、硬件或网络环境故障导致的问题，不属于免费维护范围。

6.4 免费维护期内，乙方对标准版软件发布的补丁和小版本升级免费提供，大版本升级需另行购买。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

7.2 年度维护服务内容包括：软件缺陷修复、标准版本升级、远程技术支持和每年两次的系统健康检查。定制功能的修改和新增不在年度维护范围内，另行报价。

7.3 未签订维护合同的，乙方不再提供升级和技术支持，按次收取服务费用，每次收费标准以乙方当时报价为准。

## 第八条 知识产权

8.1 工序通软件及其所有版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、源代码、数据库设计及相关文档，其知识产权均归乙方所有。甲方仅获得在本单位内部使用的非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

8.3 乙方有权将定制开发中形成的通用功能纳入工序通标准产品。

8.4 甲方应确保其使用的操作系统、数据库等第三方软件具有合法授权，因甲方使用未授权软件引起的纠纷由甲方自行承担。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、订单、员工计件数据归甲方所有，乙方仅在提供技术支持时按甲方授权访问，不得将其用于本合同以外的用途。

9.2 乙方应对其远程访问账号实行专人管理，采用加密通道传输，访问记录保存备查；乙方知悉甲方数据发生泄露、损毁的，应在48小时内通知甲方并协助补救。因乙方过错造成甲方数据泄露或损毁的，乙方依法承担赔偿责任。

9.3 系统部署在甲方服务器上，甲方应自行做好日常数据备份。乙方可为甲方提供备份方案建议，但因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

双方对因签订和履行本合同知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密义务至合同终止后两年。乙方为宣传需要，可在其客户名单中列示甲方名称，甲方书面反对的除外。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 甲方未按约定付款或配合，导致乙方无法按期交付的，乙方不承担逾期责任，并有权要求甲方赔偿由此增加的费用。

11.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担甲方的间接损失、利润损失和数据恢复费用。

## 第十二条 合同解除

一方严重违反本合同约定，经对方书面通知后二十日内仍未改正的，守约方有权书面通知解除合同。

合同解除后，乙方已完成部分的费用按实际工作量结算，甲方应停止使用未付清款项部分对应的软件功能。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 不可抗力

因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，据此部分或全部免除责任。网络运营商故障、电力中断、病毒攻击等非乙方原因引起的系统异常，乙方不承担责任。

## 第十五条 通知

双方通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱、微信工作群，发出之日起第三日视为送达。

## 第十六条 其他

16.1 本合同未尽事宜，双方可另行签订补充协议。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：安吉县竹韵刨花工艺品工作室

乙方（盖章）：杭州工序通软件有限公司

签订日期：＿＿＿＿年＿＿月＿＿日
"""

H1034E01 = """T:Software Licence and Services Agreement
P:Agreement No. HRS-CN-2026-0219
P:This Software Licence and Services Agreement (the "Agreement") is made between Shanxi Taihang Mining Machinery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Taiyuan, Shanxi Province (the "Customer"), and Humboldt Range Software, Inc., a Nevada corporation with its principal office at 615 Cornell Avenue, Lovelock, Nevada 89419, United States (the "Vendor").
P:The Customer manufactures and services underground mining equipment and wishes to plan and record the maintenance of its customers' machine fleets. The Vendor develops the PitLine Maintenance Planner software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the PitLine Maintenance Planner server and client software, version 8, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts, configurations and related documentation that the Vendor prepares specifically for the Customer under Article 3.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Licensed Software by or for the Customer, including equipment records, work orders, inspection results and personal information of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on servers located in the People's Republic of China for up to 250 named users and an unlimited number of read-only users, for the Customer's internal business and for maintenance services that the Customer provides to its own customers.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer shall not reverse engineer the Licensed Software except to the extent the applicable law permits.
P:2.3 The Licensed Software remains the property of the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software, develop interfaces to the Customer's ERP system and to its telematics gateway, prepare thirty report templates, convert the Customer's historical maintenance records and train the Customer's administrators and key users, all as described in the Statement of Work attached as Annex 1.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall perform the on-site work at the Customer's premises in Taiyuan. Changes to the Statement of Work require a written change order signed by both parties.
P:3.3 The Vendor shall deliver the project plan within ten days after signature and shall complete the work so that Final Acceptance can be reached within one hundred and fifty days after signature.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 2,026,000, consisting of Licence Fees of CNY 1,460,000, implementation services of CNY 520,000 and training of CNY 46,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within thirty days after signature, against the Vendor's invoice; (b) 45% of the Contract Price after the Vendor has installed the Licensed Software in the production environment and the parties have signed an installation certificate, which does not constitute acceptance; and (c) 35% of the Contract Price within thirty days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the Vendor's bank account in China named in its invoices. Each party bears its own bank charges.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall carry out acceptance tests under the test plan approved by the Customer. The tests shall show that: (a) every function listed in Annex 1 works as specified; (b) the ERP and telematics interfaces transfer work orders and meter readings without error during ten consecutive working days; (c) all converted records reconcile with the source data; and (d) the system responds within three seconds for standard screens with 120 concurrent users.
P:5.2 After successful tests the system shall run in production for thirty days without any Severity 1 defect.
P:5.3 When the conditions of Articles 5.1 and 5.2 are met, the Customer shall issue a Final Acceptance certificate within ten working days. Installation, training, production use or payment does not by itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
H:Article 6 Warranty
P:6.1 The Vendor warrants for eighteen months after Final Acceptance that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 1. During this warranty period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 The Vendor warrants that the Licensed Software does not contain any virus, time lock or other disabling code.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Customer may order annual support. The annual support fee is 13% of the Licence Fees, that is CNY 189,800 per year, and shall not be increased for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
P:7.2 Support includes defect correction, new releases, remote assistance and one on-site health check per year.
H:Article 8 Service Levels
P:8.1 During the warranty period and any support year, the Vendor shall respond to a Severity 1 incident (system unavailable or data corrupted) within one hour, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents receive a response within two hours and Severity 3 incidents within one working day.
P:8.2 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay a service credit of CNY 1,500, to be deducted from the next payment or refunded.
H:Article 9 Intellectual Property
P:9.1 The Custom Deliverables, including their source code, belong to the Customer upon creation. The Vendor shall deliver the source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:9.2 The Vendor shall indemnify the Customer against claims that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or transfer it outside the People's Republic of China.
P:10.2 Remote access by the Vendor requires the Customer's approval for each session and shall be made through the Customer's bastion host with multi-factor authentication. All sessions are logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law.
P:10.3 The Vendor shall notify the Customer within eight hours of becoming aware of any unauthorised access to or loss of Customer Data, shall assist in remedying it and shall bear all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 12 Delay Damages and Liability
P:12.1 If Final Acceptance is delayed through the Vendor's fault, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 10 or 11, infringement claims, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:14.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall return or destroy the Licensed Software.
P:14.3 The licence under Article 2 survives any termination after Final Acceptance, unless the Customer has failed to pay the Contract Price.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Nevada, United States, without regard to its conflict of laws rules.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Reno, Nevada, the language is English and there shall be one arbitrator.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:16.3 This Agreement is signed in two English originals. A Chinese translation may be prepared for reference.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1034E02 = """# SaaS Order Form and General Terms

**Provider:** Kettleman Cloud Systems, Inc., 180 West Elm Avenue, Coalinga, California 93210, United States ("Provider")

**Customer:** Wuhu Jinrui Auto Parts Co., Ltd., No. 66 Fengming Road, Wuhu Economic and Technological Development Zone, Anhui Province, People's Republic of China ("Customer")

**Order Form No.:** KCS-OF-2026-0388

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies only to this Order Form. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

Provider will provide its SupplyQ supplier quality management service (the "Service") to Customer as a hosted subscription. The Service covers supplier onboarding and qualification, incoming inspection plans, non-conformance reports, 8D problem solving, PPAP document management, supplier scorecards and a supplier portal. The Service is hosted for Customer in a mainland China cloud region operated by a licensed domestic cloud provider.

### A2. Subscription Term and Users

The Subscription Term is two Subscription Years, starting on the date of Onboarding Acceptance under A4. Each Subscription Year is a period of 365 days. The subscription covers 180 named internal users and up to 900 supplier portal users.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 internal users, 900 supplier users | 286,000 |
| Subscription, Subscription Year 2 | 180 internal users, 900 supplier users | 286,000 |
| Onboarding services | fixed price, one time | 42,000 |
| Total fees for the Subscription Term | | 614,000 |

All fees are in CNY and include VAT at the applicable rate. Additional users may be added at CNY 1,480 per internal user per Subscription Year, prorated, by a written amendment.

### A4. Onboarding

(a) Provider will configure the Service, import Customer's supplier master data, open inspection records and open non-conformance reports, set up single sign-on with Customer's directory and build up to twelve workflow templates and ten report layouts agreed in the onboarding plan.

(b) Provider's target is to complete onboarding within sixty days after signature of this Order Form. The target dates in the onboarding plan are estimates.

(c) Onboarding Acceptance occurs when Customer confirms in writing that: (i) the imported supplier and inspection records reconcile with the source extracts provided by Customer; (ii) single sign-on works for all internal users; (iii) each agreed workflow template has passed the user acceptance test scripts in the onboarding plan; and (iv) the supplier portal has been tested with at least five live suppliers. Customer will test within ten working days after Provider's notice of readiness. Use of the Service for training or testing is not Onboarding Acceptance.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced on Onboarding Acceptance.

(b) Subscription fees are invoiced quarterly in arrears at CNY 71,500 per quarter of each Subscription Year.

(c) Customer will pay each correct VAT invoice within thirty days after receipt. No amount is payable before Onboarding Acceptance.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, customer-success@kettlemancloud.example. Customer contact: Head of Supplier Quality, Quality Department.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and information submitted to the Service by or for Customer or its suppliers, and all records generated from them in the Service.

1.2 "Customer Configurations" means the workflow templates, report layouts, inspection plan templates and other configurations created by Provider or Customer specifically for Customer.

1.3 "Documentation" means Provider's user guides and service descriptions for the Service, as updated from time to time without reducing the functionality ordered.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's business purposes.

2.2 Customer is responsible for the acts of its users and for keeping its login credentials secure. Customer shall not resell the Service or use it to build a competing product.

2.3 Provider may update the Service from time to time, provided that the functionality ordered in A1 is not materially reduced during the Subscription Term.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of all administrative access and daily backups kept for thirty days. The Service is hosted in mainland China, holds a Multi-Level Protection Scheme level 3 filing, and Customer Data is not transferred outside mainland China.

3.3 Provider shall notify Customer within eight hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and bear the costs and losses resulting from an incident caused by its breach of this Section 3.

3.4 Within thirty days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format and then delete it and certify the deletion.

### 4. Service Levels and Support

4.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 06:00 China Standard Time.

4.2 Provider will respond to Priority 1 incidents (Service unavailable or a core function unusable for all users) within one hour, at any time. Priority 2 incidents receive a response within three business hours and Priority 3 incidents within two business days. Support is provided in Chinese and English.

4.3 The service levels in this Section 4 are targets. Provider will report on them monthly. Provider does not provide service credits, refunds or other compensation for failure to meet them.

### 5. Intellectual Property

5.1 Provider owns the Service, the Documentation and all improvements to them.

5.2 Customer Configurations belong to Customer. Provider shall deliver them to Customer on request in an exportable format, and Customer may use, modify and let third parties use them freely, including with other systems.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

6.2 These obligations survive for five years after the end of the Subscription Term, and for Customer Data for as long as Provider holds it.

### 7. Subcontractors and Subprocessors

7.1 Provider may use subcontractors and subprocessors of its choice, including its affiliates, hosting providers and support contractors, to perform any part of the Service. Provider will list its current subprocessors on its website and update the list when it adds a new one.

7.2 Provider remains responsible for the performance of its subcontractors and subprocessors.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding services will be performed with reasonable skill and care.

8.2 If the Service does not conform to this warranty, Provider will correct the non-conformity within a reasonable time.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Each party's total liability under this Order Form is limited to two times the total fees for the Subscription Term stated in A3. This limit does not apply to breach of Section 3 or Section 6, to Customer's payment obligations, or to fraud or wilful misconduct.

### 10. Term, Renewal and Termination

10.1 This Order Form remains in force until the end of the Subscription Term. It does not renew automatically; any renewal requires a new order form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

10.3 If Customer terminates under Section 10.2, Provider shall refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

12.2 Notices must be in writing and sent to the contacts in A6 by courier or email.

12.3 Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or a general failure of public telecommunications networks, provided that it informs the other party without delay and resumes performance as soon as possible.

12.4 This Order Form, including Part B, is the entire agreement of the parties on its subject matter and replaces any click-through, online or shrink-wrap terms. Amendments must be in writing and signed by both parties.

12.5 This Order Form is made in English and Chinese. Both versions have equal effect.
"""

H1034E03 = """T:Supply Contract for Cold Store Monitoring Sensors and Software
P:Contract No. MBCC-PUR-2026-0744
P:Buyer: Fujian Minbei Cold Chain Logistics Co., Ltd., No. 18 Jinshan Avenue, Fuzhou, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Tachi Valley Instruments, Inc., 255 D Street, Lemoore, California 93245, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer operates six cold stores and a fleet of refrigerated trucks and must keep complete temperature records for pharmaceutical and food customers. The Supplier shall supply and install a wireless monitoring system on the terms below.
H:1. Definitions and Scope
P:1.1 "System" means the sensors, gateways, monitoring server software and all other items listed in the price table in clause 2.1, installed and configured at the six cold stores listed in Annex A.
P:1.2 "Custom Work" means the site maps, alarm rules, report templates, the interface to the Buyer's warehouse management system and all configuration files prepared for the Buyer.
P:1.3 The Supplier shall deliver, install, calibrate and commission the System, develop the Custom Work, migrate the temperature history of the Buyer's existing data loggers and train the Buyer's staff.
P:1.4 All equipment shall be new, of the models stated in Annex B, with calibration certificates traceable to national standards, and suitable for use at temperatures down to minus thirty degrees Celsius.
H:2. Price
P:2.1 The Contract Price is CNY 1,340,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|1,200|560|672,000
TB:2|Door and power failure sensor|240|650|156,000
TB:3|LoRa gateway with cellular backup|36|4,500|162,000
TB:4|Monitoring server software, perpetual licence, 2,000 points|1|156,000|156,000
TB:|Hardware and Licence Subtotal|||1,146,000
TB:5|Installation, calibration and commissioning|1 lot|168,000|168,000
TB:6|Training|1 lot|26,000|26,000
TB:|Contract Price|||1,340,000
P:2.2 The Contract Price is fixed and includes delivery to site, customs clearance, duties, taxes, insurance, installation and all other costs of the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within fifteen working days after receiving the Supplier's advance payment guarantee issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed at all six cold stores and the delivery note has been signed. Signature of the delivery note confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance under clause 5.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within sixty days and complete installation within ninety days after signature of this Contract.
P:4.2 Installation work in the cold rooms shall be scheduled with the Buyer's warehouse managers so that goods handling is not interrupted, and the Supplier's staff shall follow the Buyer's safety and hygiene rules.
P:4.3 With the equipment the Supplier shall deliver installation drawings for each cold store, sensor location lists, calibration certificates, user and administrator manuals in Chinese, and the configuration backup of the monitoring server.
P:4.4 The Buyer shall provide access to the sites, power supply points, space in its data room and a network connection for the monitoring server, and shall appoint a project coordinator for each cold store.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference instrument at two test points; (b) an alarm raised by any sensor reaches the duty phone and the monitoring screen within sixty seconds; (c) a power cut at each gateway is bridged by the cellular backup without loss of readings; (d) the temperature mapping report for each cold store is accepted by the Buyer's quality manager; (e) the interface to the warehouse management system passes its test cases; and (f) the System runs for thirty consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall complete the tests within fifteen working days after the Supplier's written notice of readiness and issue a Final Acceptance certificate if they are passed. Delivery, installation, use of the System or payment is not acceptance.
P:5.3 If any test fails, the Supplier shall correct the fault at its cost and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment free of charge, including parts, labour and transport, and provide software updates and recalibration once a year.
P:6.2 After the warranty period the Supplier shall, at the Buyer's request, provide annual support for the System at a fee of 8% of the Hardware and Licence Subtotal, that is CNY 91,680 per year. This fee is fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.3 The Supplier shall keep spare sensors and gateways in stock in China and supply spare parts for at least eight years after Final Acceptance.
P:6.4 Training shall cover operation of the monitoring screens, alarm handling, report generation, battery replacement and basic troubleshooting, and shall be given at each cold store to at least four staff per shift, with a final test of the Buyer's system administrators.
H:7. Service Levels
P:7.1 During the warranty period and any support year, faults are handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms down for a whole cold store|30 minutes|6 hours
TB:Severity 2|Single gateway or group of sensors offline|2 hours|next working day
TB:Severity 3|Other faults and questions|1 working day|next update
P:7.2 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due to the Supplier.
H:8. Intellectual Property
P:8.1 The Custom Work belongs to the Buyer. The Supplier shall deliver it with all source files at Final Acceptance, and the Buyer may use, modify and license it freely.
P:8.2 The monitoring server software remains the Supplier's property and is licensed to the Buyer perpetually for use at any of its sites.
H:9. Data Protection and Security
P:9.1 All temperature records, alarm records, logs and other data collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The monitoring server is installed in the Buyer's data room. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with individual accounts; all sessions are recorded. The Supplier shall not copy data out of the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within two hours, help the Buyer to contain it and bear all losses caused by its own failure to comply with this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract and shall not disclose it to any third party without prior written consent. This clause survives for three years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier is late in completing delivery, installation or Final Acceptance, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the maximum delay damages under clause 11.1 have been reached.
P:13.2 On such termination the Supplier shall refund the amounts paid for items not accepted and remove its equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou under its rules then in force.
H:15. General
P:15.1 A party prevented from performing by force majeure shall notify the other party promptly, provide evidence within fifteen days and resume performance as soon as the event ends. Either party may terminate if the event lasts more than ninety days.
P:15.2 Notices under this Contract shall be in writing and delivered by courier or email to the addresses stated above or later notified.
P:15.3 This Contract is made in English and Chinese, and both texts have equal effect. Annex A (Sites) and Annex B (Technical Specifications) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1034E04 = """# Managed IT Services Agreement

**Agreement No.:** SJM-GZ-2026-017

**Between:**

- **Guangzhou Nansha Huayun Logistics Park Co., Ltd.**, a company established in the People's Republic of China, with its registered address at No. 9 Haigang Avenue, Nansha District, Guangzhou ("Customer"); and
- **San Joaquin Managed IT, LLC**, a California limited liability company, with its office at 1012 Main Street, Delano, California 93215, United States, acting in China through its Guangzhou service centre ("Provider").

**Background:** Customer operates a logistics park with four warehouses, a container yard and a head office. Customer wishes to outsource the day-to-day operation of its IT environment to Provider for thirty-six months on the terms of this Agreement and its Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the amounts in Schedule 3.

1.3 "Customer Data" means all data of Customer and its clients that Provider or its staff can access in performing the Services, including shipment records, customs documents, personal information of employees and drivers, and system logs.

1.4 "Service Start Date" means the date of Transition Acceptance under clause 3.3.

## 2. Term

2.1 The Services shall be provided for thirty-six months from the Service Start Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current supplier under the transition plan attached to Schedule 1, which includes a full inventory of devices, servers and network equipment, documentation of all systems, creation of runbooks, set-up of monitoring and knowledge transfer.

3.2 Provider shall complete the transition within sixty days after signature of this Agreement.

3.3 Transition Acceptance occurs when Customer certifies in writing that: (a) the inventory has been reconciled with Customer's asset register; (b) every server and network device in scope is monitored and alerts reach Provider's service desk; (c) runbooks have been approved by Customer's IT manager for all critical systems; (d) a restore test of the warehouse management system backup has succeeded; and (e) the service desk has operated for ten working days in parallel with Customer's current supplier without a missed Priority 1 ticket.

3.4 If Transition Acceptance is delayed through Provider's fault, Provider shall pay Customer CNY 1,800 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 1: a Transition Fee of CNY 96,000 and a Monthly Service Charge of CNY 58,000. The total charges for the Term are CNY 2,184,000.

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any Service Credits for that month.

4.3 Customer shall pay undisputed invoices within thirty days after receipt. The charges include VAT and all expenses of Provider. No charges are payable in advance.

## 5. Service Levels and Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly, with root-cause analysis for each Priority 1 incident.

5.2 If a Service Level is missed, Provider shall credit Customer with the Service Credits in Schedule 3. Service Credits are a price adjustment and do not limit Customer's other rights.

5.3 The service manager shall meet Customer's IT manager every month to review Service Level performance, open problems, planned changes and improvement proposals. Minutes shall be kept and agreed actions tracked to closure. Once every quarter the parties shall hold a governance meeting with their senior management to review the relationship, the forecast of changes in the logistics park and any disputes.

5.4 Changes to servers, network devices and applications in scope shall follow the change procedure agreed in the runbooks. Changes that may affect warehouse operations require Customer's approval and shall be carried out in agreed maintenance windows outside peak shipping hours.

## 6. Staff and Subcontracting

6.1 Provider shall assign a named service manager and a team of engineers with the skills and certifications described in Schedule 1. At least two engineers shall work on site at the logistics park during business hours.

6.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all subcontractors.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services.

7.2 At the end of the Term Provider shall return all Customer Data and documentation to Customer.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, the configuration management database and reports created by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor supplier.

8.2 Provider keeps its own tools and methods, and grants Customer a free licence to use any of them that are embedded in the deliverables under clause 8.1.

## 9. Confidentiality

9.1 Each party shall keep confidential all information of the other party obtained in connection with this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

9.2 This clause continues for five years after the end of this Agreement.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability arising out of or in connection with this Agreement in any event is limited to the charges paid or payable by Customer in the six months preceding the event giving rise to the claim.

## 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within twenty days after notice, or if Provider misses the Priority 1 response Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the then-current Monthly Service Charge, including transfer of runbooks, passwords and all open tickets to Customer or its new supplier.

11.3 Customer may also terminate this Agreement for convenience after the first eighteen months of the Term by giving Provider ninety days' written notice. In that case Customer shall pay the Monthly Service Charge up to the termination date and no other termination charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitral award is final.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties on the Services. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to continue the Services, including through its business continuity arrangements.

13.3 This Agreement is made in English and Chinese; both versions are equally authentic.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services and Charges

| Service | Scope | Monthly charge (CNY) |
|---|---|---|
| Service desk | Chinese and English, 07:00-23:00 every day, phone, portal and email, about 420 users | 14,500 |
| End-user support | 420 desktops and laptops, 160 handheld scanners, printers; on-site support at the park | 12,800 |
| Server and storage operation | 38 virtual servers, 6 hosts, 2 storage arrays, backup management, patch management | 16,200 |
| Network operation | core and warehouse switches, 210 wireless access points, firewalls, WAN links, monitoring | 9,700 |
| Warehouse systems application support | warehouse management system, yard management system, EDI gateway | 4,800 |
| Total Monthly Service Charge | | 58,000 |
| Transition Fee (one time) | transition under clause 3 | 96,000 |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| Priority 1 | warehouse management system, yard system or core network down, or a whole warehouse unable to work | 30 minutes | 6 hours |
| Priority 2 | a function or site degraded, or a group of users unable to work | 1 hour | 10 hours |
| Priority 3 | a single user or device affected | 2 business hours | 3 business days |
| Infrastructure availability | monitored core servers and core network, measured monthly, excluding agreed maintenance windows | 99.95% | - |

## Schedule 3 - Service Credits

| Service Level missed | Service Credit |
|---|---|
| Priority 1 response or resolution time | CNY 2,000 per incident, plus CNY 500 for each further full hour |
| Priority 2 resolution time | CNY 600 per incident |
| Infrastructure availability below the Service Level | 2% of the Monthly Service Charge for each started 0.1 percentage point of shortfall |
| Monthly satisfaction survey score below 85 points | 3% of the Monthly Service Charge |

Total Service Credits in any month are limited to 20% of the Monthly Service Charge for that month.
"""

H1034E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TTW-CN-2026-052

PARTIES

Topa Topa Weather Analytics, Inc., a California corporation, 312 East Ojai Avenue, Ojai, California 93023, United States ("Provider").

Heilongjiang Beida Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China, No. 77 Xuefu Road, Harbin, Heilongjiang Province ("Customer").

BACKGROUND

Customer provides crop planning and agronomy services to farms in north-east China. Provider operates a weather and crop data platform that combines weather station records, forecasts and satellite vegetation indices. Customer wishes to subscribe to Provider's data products and application programming interface (API) for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Annex 1: hourly historical weather for north-east China since 2000, daily forecasts up to fifteen days ahead, soil moisture estimates and ten-day vegetation index maps.

1.2 "API" means Provider's interface through which Customer's systems retrieve the Data Products.

1.3 "Customer Inputs" means the field boundaries, crop types, sowing dates, field observations, yield records and other data that Customer uploads to the platform or sends through the API.

1.4 "Customer Outputs" means reports, maps, recommendations, models and other results that Customer creates using the Data Products.

1.5 "Subscription Year" means a period of 365 days, the first starting on the date of Integration Acceptance.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data Products through the API and the web portal, to use them in Customer's business and to include them in Customer Outputs supplied to Customer's farm clients.

2.2 The subscription covers up to five million API calls per Subscription Year and up to 1,200 registered fields of Customer's clients. Customer may not resell the Data Products as raw data.

2.3 The Subscription Term consists of two Subscription Years.

3. INTEGRATION AND ACCEPTANCE

3.1 Provider shall set up Customer's tenant, load Customer's field boundaries and historical yield records, configure the API keys and help Customer connect its agronomy platform, within forty-five days after signature.

3.2 Integration Acceptance occurs when Customer confirms in writing that: (a) all Data Products listed in Annex 1 can be retrieved through the API for every registered field; (b) the results of fifty sample queries agree with Provider's reference outputs; (c) the median API response time over a five-day test is below 800 milliseconds; and (d) historical data for the years 2000 to 2025 is complete for the stations listed in Annex 1. Use of the API for testing is not Integration Acceptance.

3.3 If Integration Acceptance is delayed through Provider's fault, Provider shall pay Customer CNY 500 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are:

   Subscription fee, Subscription Year 1 ............ CNY 348,000
   Subscription fee, Subscription Year 2 ............ CNY 348,000
   Integration set-up fee (one time) ................ CNY 24,000
   Total fees for the Subscription Term ............. CNY 720,000

4.2 The set-up fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced in two equal instalments, each at the end of the relevant half of that Subscription Year.

4.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced at the end of each Subscription Year.

4.4 Customer shall pay each correct VAT invoice within thirty days after receipt. All fees are stated in CNY and include VAT.

5. SERVICE LEVELS

5.1 Provider shall make the API and the portal available at least 99.5% of each calendar month, excluding maintenance announced three days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Provider shall respond to Critical incidents (API not available, or data not updated for more than six hours) within one hour, at any time, and to other incidents within one business day.

5.3 If monthly availability falls below the level in clause 5.1, Provider shall credit Customer 5% of the monthly equivalent of the current Subscription Year's fee for each full 0.5 percentage point of shortfall, up to 25%. Credits are deducted from the next instalment.

5.4 Forecast data is provided on an "as modelled" basis, and Provider does not guarantee the accuracy of forecasts. Provider shall, however, correct errors in historical records within ten business days after Customer reports them.

5.5 Provider shall provide technical support in Chinese and English by email and through the portal during business hours in Beijing time, and a named technical account manager who joins a review call with Customer every month. Provider shall give Customer at least ninety days' notice of any change to the API that is not backward compatible and keep the previous API version running for that period.

5.6 Provider shall train up to twenty of Customer's agronomists and developers in the use of the Data Products and the API during the integration period, at no additional charge.

6. CUSTOMER DATA

6.1 Customer Inputs belong to Customer. Provider may use Customer Inputs to provide the Data Products and the API to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to calibrate and improve Provider's crop and weather models and to develop and offer products to other customers. This licence continues after the end of this Agreement.

6.3 Provider shall host Customer Inputs in a data centre in mainland China, protect them with encryption in transit and at rest, access controls based on least privilege and logging of all administrative access, and shall not transfer them outside mainland China except in the aggregated and anonymised form described in clause 6.2.

6.4 Provider shall notify Customer within six hours of becoming aware of any unauthorised access to Customer Inputs, take steps to contain it, and bear the losses caused to Customer by its breach of clause 6.3.

6.5 At the end of the Subscription Term Provider shall return Customer Inputs in a standard format and delete them from the platform, except as permitted by clause 6.2.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data Products, the API and the platform.

7.2 Customer Outputs, including any models, dashboards and client reports that Customer creates or that Provider prepares specifically for Customer, belong to Customer, which may use, modify and license them freely. Customer Outputs may contain extracts of the Data Products in the form permitted by clause 2.1.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's written consent.

8.2 These obligations survive for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of its obligations, including hosting, without Customer's prior written consent. The hosting provider named in Annex 2 is approved by signature of this Agreement.

10. RENEWAL

10.1 At the end of the Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

10.2 Provider may increase the subscription fee for any renewal period by up to 9% over the fee for the preceding Subscription Year by notifying Customer at least ninety days before the renewal.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of crops, yield or profit arising from reliance on forecasts.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in clause 4.1. This limit does not apply to breach of clause 6 or 8 or to wilful misconduct.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and continues until the end of the Subscription Term and any renewal period.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.3 Customer may also terminate by written notice if monthly availability is below 98% in two consecutive months. In that case Provider shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time of application. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Neither party is liable for delays caused by events beyond its reasonable control, provided it notifies the other party without delay.

14.3 Notices shall be in writing and sent by courier or email to the addresses given above, or to other addresses that a party notifies in writing.

14.4 This Agreement, with Annex 1 (Data Products and Stations) and Annex 2 (Hosting Provider), is the entire agreement between the parties on its subject matter.

14.5 This Agreement is signed in English and Chinese, and both texts have equal effect.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and design labels

FILES = {
    "h1034z01": ("h1034z01_blood_centre_donation_platform", "pdf", H1034Z01),
    "h1034z02": ("h1034z02_nail_clipper_line_control_retrofit", "docx", H1034Z02),
    "h1034z03": ("h1034z03_mental_arithmetic_chain_booking_saas", "txt", H1034Z03),
    "h1034z04": ("h1034z04_port_shore_power_om_service", "txt", H1034Z04),
    "h1034z05": ("h1034z05_bamboo_shavings_tracking_supplier_template", "md", H1034Z05),
    "h1034e01": ("h1034e01_maintenance_planner_perpetual_licence_nv_vendor", "pdf", H1034E01),
    "h1034e02": ("h1034e02_supplier_quality_saas_order_form", "md", H1034E02),
    "h1034e03": ("h1034e03_cold_store_sensors_monitoring_licence", "docx", H1034E03),
    "h1034e04": ("h1034e04_logistics_park_managed_it_services", "md", H1034E04),
    "h1034e05": ("h1034e05_crop_weather_data_api_subscription", "txt", H1034E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


# key: (language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract_value),
#       fee base for TCO or None, design rule list, design risk)
DESIGN = {
    "h1034z01": ("zh", "software",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                   False, "PRC", G),
                 (True, True, True, False, 2386000), 1280000, [], "low"),
    "h1034z02": ("zh", "hardware",
                 T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True,
                   True, "PRC", G),
                 (True, True, True, False, 2000000), 1720000,
                 ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high"),
    "h1034z03": ("zh", "cloud",
                 T(99.5, 8, True, "buyer", True, True, True, 300 / 474000 * 100, 150, None, True, None, None, None,
                   True, True, False, "PRC", S),
                 (True, True, None, False, 474000), None,
                 ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE"], "medium"),
    "h1034z04": ("zh", "services",
                 T(99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                   False, False, "PRC", S),
                 (True, True, None, False, 1268000), None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "h1034z05": ("zh", "software",
                 T(None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True,
                   None, None, G),
                 (False, True, False, True, 430000), 168000,
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "h1034e01": ("en", "software",
                 T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True, False,
                   "Nevada", G),
                 (True, True, True, False, 2026000), 1460000, ["CR-GOVERNING-LAW"], "low"),
    "h1034e02": ("en", "cloud",
                 T(99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                   True, "PRC", S),
                 (True, False, None, False, 614000), None, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
                 "high"),
    "h1034e03": ("en", "hardware",
                 T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False,
                   "PRC", G),
                 (True, True, True, False, 1340000), 1146000, [], "low"),
    "h1034e04": ("en", "services",
                 T(99.95, 0.5, True, "buyer", False, True, True, 1800 / 2184000 * 100, 6 / 36 * 100, None, True,
                   None, None, None, False, True, False, "PRC", S),
                 (True, True, None, False, 2184000), None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
    "h1034e05": ("en", "cloud",
                 T(99.5, 1, True, "buyer", True, False, True, 500 / 720000 * 100, 150, None, True, None, None, None,
                   True, True, False, "PRC", S),
                 (True, True, None, False, 720000), None,
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(t, fee_base, cv):
    """Post-warranty share of TCO over 5 years from acceptance (policy §4), or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (cv + fees) * 100


def derive(t, x, fee_base):
    """My reading of policy §3, applied to a label."""
    sla, ld_stated, capped, _deemed, cv = x
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if capped is False or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, fee_base, cv) if capped else None
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a threshold figure

PATTERNS = [
    r"(?<![\d.])99\.90?(?![\d])",                                  # availability 99.9 %
    r"(?<![\d.])4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)",          # 4-hour response
    r"(?<![\d.])4\s*(?:business|working)\s*hours?",
    r"(?<![a-z\-])four\s*(?:business\s*|working\s*)?hours?",
    r"(?<![十\d])四\s*个?小时",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",  # 0.05 %/day
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",            # 100 % cap
    r"(?<![\d.,])30\s*%", r"百分之三十(?!\S*[点])", r"thirty\s*per\s*cent", r"三成",          # 30 % prepayment
    r"(?<![\d.,])12\s*个月", r"(?<![\d.,])12[\s\-]*months?", r"十二个月", r"(?<![a-z\-])twelve[\s\-]*months?",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",                          # 15 % post-warranty fee
    r"(?<![\d.,])40\s*%", r"百分之四十", r"forty\s*per\s*cent", r"四成",                    # 40 % TCO share
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "0.05%", ".05%", "万分之五", "100%", "100 %",
            "百分之百", "30%", "百分之三十", "thirty per cent", "12个月", "12 months", "12-month", "十二个月",
            "twelve months", "15%", "百分之十五", "40%", "四成", "four hours", "within 4 h", "four business hours"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24 hours", "24小时", "二十四小时", "二十四个月", "130%", "0.055%", "115%",
             "140%", "第十二条", "2027年12月31日", "fourteen days", "1.5%", "5%", "20%", "twenty-four months",
             "1,300%", "万分之五十", "14 hours", "2,000 points"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back and lengths

def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def label(key):
    name, ext, _src = FILES[key]
    lang, cat, t, x, _base, rules, _risk = DESIGN[key]
    sla, ld_stated, capped, deemed, cv = x
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": sorted(rules)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, ext, src) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (name + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", name + "." + ext)
        else:
            sources[key] = src
            targets[key] = (name + "." + ext, ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, ext, _src) in FILES.items():
        lang, cat, t, x, base, rules, rsk = DESIGN[key]
        # labels: checks against the design
        assert list(t) == TERM_KEYS
        got = derive(t, x, base)
        assert got == sorted(rules), (key, got, rules)
        assert risk(got) == rsk, (key, risk(got), rsk)
        fired |= set(got)
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None
        share = tco_share(t, base, x[4]) if x[2] else None
        if share is not None:
            assert abs(share - TCO_TH) > 2, (key, share)
        # built file: length and threshold scan
        text = read_back(OUT / (name + "." + ext))
        n = length(text, lang)
        lo, hi = RANGES[lang]
        assert lo <= n <= hi, (key, n)
        h = hits(text)
        assert not h, (key, h)
        (OUT / (name + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-60s %5d %s  share=%s  %s" % (name + "." + ext, n, rsk,
                                             None if share is None else round(share, 2), ", ".join(got) or "-"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    nfind = {k: len(DESIGN[k][5]) for k in DESIGN}
    assert 8 <= nfind["h1034z05"] <= 10 and DESIGN["h1034e01"][5] == ["CR-GOVERNING-LAW"]
    assert sorted(k for k in DESIGN if not DESIGN[k][5]) == ["h1034e03", "h1034z01"]
    assert sum(1 for k in DESIGN if 2 <= nfind[k] <= 3) == 6
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
