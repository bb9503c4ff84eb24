"""holdout874: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. .docx/.pdf go through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:早餐工程与便民市场管理平台建设项目合同
P:合同编号：CGJ-ZC-2027-0318    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市城市管理局
P:乙方（供应商）：某市启衡信息技术有限公司
P:根据政府采购项目的招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，就早餐工程与便民市场管理平台建设项目签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供早餐工程与便民市场管理平台软件许可，并完成定制开发、数据对接、部署实施及培训，覆盖全市早餐网点、流动早餐车、便民市场及临时疏导点的备案登记、点位审批、日常巡查、投诉处理和统计分析。
P:1.2 定制开发内容包括：早餐网点电子地图与点位规划模块、便民市场摊位分配与租赁台账模块、巡查移动端、市民扫码评价与投诉入口、领导驾驶舱及月度分析报表。
P:1.3 数据对接内容包括：与市场监管部门食品经营许可数据、城管综合执法系统、数字城管案件系统及市政务数据共享平台的接口开发与联调。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾伍万元整（¥2,150,000），其中：平台软件许可费¥1,160,000（永久使用许可，用户数及终端数不限）；定制开发费¥690,000；数据对接费¥214,000；部署实施及培训费¥86,000。
P:2.2 上述价格为固定总价，已包含软件、开发、测试、安装、培训、税费及乙方完成本合同所需的全部费用，甲方不再另行支付任何费用。
P:2.3 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 本合同签订并经甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款按照财政国库集中支付程序办理，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署及定制开发并提交初步验收申请，于初步验收后六十日内完成试运行并提交最终验收申请。
P:4.2 乙方应向甲方交付安装介质、定制模块及接口的全部源代码、数据库设计说明、部署手册、用户手册和运维手册。
P:4.3 乙方应为甲方及各区城管部门提供不少于三场集中培训和现场操作指导，培训对象包括管理人员、巡查人员及系统管理员，培训结束后提交培训记录及考核结果。
H:第五条 验收
P:5.1 初步验收标准：招标文件及投标文件所列功能逐项测试通过；与本合同1.3所列系统接口联调成功，连续七日数据交换无差错；在二百个并发用户下，普通查询响应时间不超过2秒，统计报表生成时间不超过6秒；第三方机构出具的安全测评报告无中高风险问题。
P:5.2 最终验收标准：平台试运行满六十日，期间未发生一级故障，试运行中发现的问题全部整改完毕；历史备案数据迁移核对一致；全部文档交付齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后由双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证及维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），该标准在质保期满后三年内保持不变。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日书面通知甲方并安排在夜间进行）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题及咨询）在下一个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每延迟一小时向甲方支付违约金¥1,500；月度可用率每低于约定值0.01个百分点，扣减当年维护费用或质保金¥2,000。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的模块、接口程序、源代码、数据库设计及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证其提供的软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的备案信息、商户信息、巡查记录、投诉记录及其他业务数据均属于甲方，乙方不得将其用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 平台部署于市政务云，乙方应按照网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月，不得将数据复制到政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止或维护服务结束时，乙方应向甲方移交全部数据及文档，并删除其掌握的数据副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、商户及市民个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在本合同终止后继续有效，不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何义务转包或分包给第三方，也不得转让本合同项下的权利义务。
P:12.2 乙方投入本项目的项目经理及技术负责人应与投标文件一致，确需更换的，应提前十日书面报甲方同意，更换人员的资历不得低于原人员。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除本合同，双方互不承担违约责任。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同具有同等法律效力。
P:15.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市城市管理局                乙方（盖章）：某市启衡信息技术有限公司
P:签订日期：2027年3月18日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：CLG-SB-2027-021
P:甲方（买方）：某省恒远窗帘杆制造有限公司
P:乙方（卖方）：某市瑞控自动化工程有限公司
P:甲方现有铝合金窗帘杆挤压、切割、冲孔及喷涂四条生产线的控制系统老化，故障频繁。经比选，甲方委托乙方对上述生产线控制系统进行改造，双方就设备供货、软件许可及安装调试事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条生产线原有控制柜及操作面板，提供并安装新的可编程控制器控制柜、伺服驱动及电机、工业触摸屏，部署产线监控与数据采集软件，完成控制程序编写、联机调试及操作人员培训。
P:1.2 改造后应实现：各工位参数集中设定，切割长度与冲孔位置自动校正，喷涂线温度曲线自动记录，设备运行状态、产量及停机原因实时采集，并在车间看板及管理人员电脑端显示。
P:1.3 改造须利用甲方每月检修停机窗口分线实施，每条线停机时间不得超过七日，不得影响其余生产线正常生产。
P:1.4 乙方应对甲方电工及设备操作人员进行不少于五天的现场培训，使其能够独立完成日常操作、参数调整及一般故障排查，培训结束后进行考核。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|可编程控制器控制柜（含输入输出模块、低压电器）|6套|118,000|708,000
TB:2|伺服驱动器及伺服电机|1批|326,000|326,000
TB:3|工业触摸屏|12台|9,500|114,000
TB:4|产线监控与数据采集软件永久许可（含数据库）|1套|324,000|324,000
TB:|软硬件小计|||1,472,000
TB:5|安装、布线及联机调试|1项|96,000|96,000
TB:6|控制程序及触摸屏画面定制开发|1项|58,000|58,000
TB:7|操作及维护人员培训|1项|14,000|14,000
TB:|合计|||1,640,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费。设备应为全新原厂正品，并随附合格证、说明书及原厂质保凭证。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款，乙方应同时提交等额银行预付款保函。
P:3.2 四条生产线全部完成安装并联机调试运行后，甲方支付合同总价的50%。安装调试完成不视为验收合格。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于设备到货后六十日内完成四条生产线的改造、调试。
P:4.2 设备到货时由双方共同开箱清点，核对型号、数量及外观，签署到货清单。到货清单仅证明数量，不代表质量验收。
P:4.3 乙方施工人员应遵守甲方厂区安全生产及动火管理制度，因乙方原因造成的人员伤害或财产损失由乙方负责。
P:4.4 乙方应在每条生产线改造前五日提交停机切换方案，列明拆除、安装、调试步骤及回退措施，经甲方生产部门确认后实施；切换失败的，乙方应在二十四小时内恢复原控制系统运行。
P:4.5 甲方应提供施工所需的电源、场地及停机时间安排，并指定设备部门负责人作为项目联系人。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十个工作日，达到以下标准的，为该线验收合格：切割长度误差不超过正负0.5毫米；冲孔位置误差不超过正负0.3毫米；设备故障停机累计不超过2小时；产量、停机原因采集数据与人工记录核对一致；喷涂温度曲线完整可追溯。
P:5.2 四条生产线均验收合格，且乙方交付控制程序源文件、电气图纸、参数表及操作维护手册后，双方签署最终验收报告。
P:5.3 任何一条生产线未达标准的，乙方应在十日内整改并重新试生产；设备投入使用不视为验收合格。
H:第六条 质量保证及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运费。
P:6.2 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、程序优化及远程支持。维保服务费按软硬件小计的26%每年计取，即每年¥382,720，该费用在质保期满后五年内固定不变，按年度签订维保协议。
P:6.3 质保期及维保期内，乙方提供全天候电话及远程支持。
P:6.4 乙方应提供关键备件清单，并承诺在最终验收后至少八年内持续供应主要备件，备件价格不高于合同签订时的市场价格。
H:第七条 服务水平
P:7.1 故障分级：一级故障指任一生产线因控制系统原因停机；二级故障指部分工位功能异常但生产线可维持运转；三级故障指数据采集、看板显示等辅助功能异常。
P:7.2 一级故障乙方应在1小时内响应，6小时内到场，8小时内恢复生产；二级故障2小时内响应，24小时内解决；三级故障在三个工作日内解决。
P:7.3 乙方未按上述时限响应或恢复的，每延迟一小时向甲方支付违约金¥800，可从维保费或质保金中扣除。
H:第八条 知识产权
P:8.1 监控软件产品及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的控制程序、触摸屏画面、参数配置及相关图纸文档归甲方所有，乙方应交付全部源文件，甲方可自行修改或委托他人维护。
H:第九条 数据安全
P:9.1 系统采集的工艺参数、产量数据、设备运行数据及甲方产品配方均属于甲方，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方设备部门逐次授权，通过甲方指定的远程接入方式进行，不得在系统中保留后门账号；乙方应协助甲方对控制网络与办公网络进行隔离并设置访问控制。
P:9.3 因乙方原因造成数据泄露、丢失或系统遭受入侵的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
P:9.4 合同终止或维保结束时，乙方应交回全部远程接入账号并删除其保存的甲方数据。
H:第十条 保密
P:10.1 双方对在履行本合同过程中获悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方可将线缆敷设、桥架安装等辅助施工分包给具备相应资质的第三方，但应在施工开始前书面通知甲方分包单位名称及人员名单。乙方对分包单位的施工质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 逾期违约金达到上限时，甲方亦有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同附件包括：设备技术规格书、改造实施计划及验收测试记录表，附件与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年4月8日
"""

Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：YG-SAAS-2027-006
甲方（客户）：某市鼓韵腰鼓培训连锁管理有限公司
乙方（服务商）：某市云约软件科技有限公司

甲方在全省经营四十家腰鼓培训门店。为统一管理课程预约、学员会员、课时消耗及门店业绩，甲方订阅乙方的门店预约及会员管理系统（以下简称“系统”），并委托乙方完成实施及历史数据迁移。双方订立本合同如下。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供系统的门店版及总部版在线服务，包括课程排期、学员在线预约、签到核销、会员卡及课时包管理、储值与退费审批、教练课时统计、门店业绩报表及总部经营看板。
2. 门店版按四十家门店开通，每家门店的账号数不限；总部版开通集团管理、财务对账及营销活动模块。
3. 服务期间，乙方免费提供系统的常规版本升级，升级不得减少甲方已订阅的功能。
（二）实施服务
1. 乙方负责系统参数配置、四十家门店课程及教练信息初始化、微信小程序预约入口上线、与甲方收银及财务系统的对账接口开发。
2. 乙方负责将甲方现有表格及旧系统中的学员档案、剩余课时及储值余额迁移至系统，并出具核对报告。
3. 乙方应为门店店长、前台及总部财务人员提供集中培训和线上操作指导。
4. 乙方应在培训结束后提供操作视频及常见问题手册。
（四）技术支持
1. 乙方提供每日九时至二十一时的在线客服及电话支持，并为甲方配备专属客户成功经理，每季度与甲方总部进行一次服务回顾。
2. 乙方应提供门店开业、新课程上线等业务变更所需的配置协助，每个服务年度不少于四十人日，不另收费。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据市场行情调整服务费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知方式告知甲方调整后的价格即可，无需另行签订协议。
（三）续展期间，本合同其他条款继续有效。

三、费用及支付
（一）本合同总金额为人民币伍拾叁万元整（¥530,000），明细如下：
1. 门店版订阅费：40家门店×每店每服务年度¥4,800×2个服务年度＝¥384,000；
2. 总部版订阅费：每服务年度¥36,000×2个服务年度＝¥72,000；
3. 实施费（一次性）：¥58,000；
4. 历史数据迁移费（一次性）：¥16,000。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
（四）乙方应在甲方付款前开具增值税普通发票。甲方不向乙方支付任何预付款。
（五）服务期内甲方新增门店的，按每店每服务年度¥4,800的单价按剩余月数折算计费；门店关闭的，可在下一服务年度相应减少门店数量。

四、实施及验收
（一）乙方应在合同签订后四十五日内完成实施及数据迁移，提交上线验收申请。
（二）上线验收标准：
1. 本合同第一条所列功能在四十家门店逐项测试通过；
2. 迁移后的学员人数、剩余课时及储值余额与甲方确认的原始数据逐条核对一致；
3. 小程序预约在三百名学员同时预约时页面响应不超过3秒；
4. 与收银及财务系统的对账接口连续七日对账无差异。
（三）验收合格后，双方签署上线验收报告。系统试用或部分门店先行使用均不视为验收合格。
（四）上线验收前，乙方应提交实施方案、数据迁移核对报告、培训记录及系统操作手册。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间，并提前两日在系统内公告。
（二）故障响应：一级故障（系统整体无法登录或预约、核销功能中断）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；一般问题在两个工作日内答复。
（三）月度可用率低于约定值的，按以下标准抵扣当月订阅费：低于约定值但不低于99%的，抵扣当月费用的5%；低于99%的，抵扣10%。一级故障超时恢复的，每超时一小时另抵扣¥300。

六、数据安全与数据归属
（一）甲方及其学员在系统中产生的全部数据，包括学员身份信息、联系方式、课时记录、消费记录及评价信息，均属于甲方所有，乙方仅为提供本合同服务之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应采取加密存储、传输加密、访问权限分级及操作日志审计等措施保护数据安全，云平台应具备网络安全等级保护第三级备案。学员个人信息的处理应符合个人信息保护相关法律法规。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方处置并承担因此造成的全部损失。
（四）合同终止后三十日内，乙方应向甲方导出并移交全部数据，移交确认后彻底删除。
（五）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的对账接口、专属报表及小程序页面设计归甲方所有，甲方可自由使用、修改。

八、保密
双方对因本合同知悉的对方商业信息、经营数据及学员信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

九、违约责任
（一）乙方未按期完成实施及数据迁移的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但数据泄露造成的损失不受此限。
（三）甲方逾期支付费用的，每逾期一日按逾期金额的万分之二支付违约金。

十、转包及分包
乙方不得将本合同项下的服务转包；未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

十一、合同解除
（一）乙方严重违约或连续两个月可用率低于约定值，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未使用服务期对应的费用。
（二）甲方逾期付款超过六十日，经催告仍不支付的，乙方可暂停服务。
（三）合同终止的，乙方应按本合同第六条（四）移交数据。

十二、甲方的义务
（一）甲方应指定总部信息负责人，统一对接实施及服务事宜，及时确认需求和测试结果。
（二）甲方应妥善保管系统管理员账号及密码，因甲方人员泄露账号造成的损失由甲方承担。
（三）甲方在向学员收集个人信息时，应告知处理目的并取得学员同意，未成年学员应取得其监护人同意。

十三、不可抗力
因自然灾害、公共卫生事件、政府行为或基础电信运营商网络大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，双方互不承担违约责任；但乙方未按约定采取备份与容灾措施的除外。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
本合同附件包括：功能清单、实施计划及服务水平说明，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
签订日期：2027年5月12日
"""

Z04 = """户外劳动者服务驿站管理系统运维服务合同

项目名称：户外劳动者服务驿站管理系统年度运维服务
采购方式：竞争性磋商
合同编号：ZGH-YW-2027-003
甲方（采购人）：某市总工会
乙方（成交供应商）：某市安途信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就户外劳动者服务驿站管理系统年度运维服务事项，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方户外劳动者服务驿站管理系统，包括驿站地图及导航小程序、驿站备案与星级评定模块、物资申领与发放模块、志愿者排班模块、服务人次统计与数据看板，以及部署于市政务云的应用服务器、数据库服务器和相关中间件。全市现有驿站六百余个，分布于各区街道、商圈及环卫作业点。
（二）服务内容：
1. 日常运维：系统运行监控、日志分析、数据库备份与恢复演练、中间件及操作系统补丁更新；
2. 驻场服务：派驻两名运维工程师在甲方工作日驻场，负责驿站信息变更、用户账号管理、数据报送及业务咨询；
3. 安全巡检：每季度开展一次安全漏洞扫描和基线核查，出具巡检报告并完成整改；
4. 应急保障：在高温、寒潮等极端天气及重大活动期间提供专项值守；
5. 小程序及后台的缺陷修复和小幅功能优化，每季度优化需求不超过二十人日。
6. 配合甲方开展网络安全检查、等级保护测评及攻防演练，对发现的问题及时整改。
（三）乙方应建立运维台账，记录每次故障、变更及处理结果，每月初向甲方提交上月运维报告。
（四）乙方应在合同签订后十五日内完成与上一运维单位的交接，交接内容包括系统账号、配置资料、源代码、运维记录及遗留问题清单，交接情况形成书面记录报甲方确认。
（五）乙方提供的运维服务应符合国家及本市关于政务信息系统运维管理的相关标准和规范。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购运维服务，另行依法组织采购。
服务期内，如甲方因驿站建设需要对系统进行较大规模功能扩展，双方另行协商，不属于本合同运维范围。

第三条 合同价款
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：系统日常运维¥268,000；驻场服务¥156,000；安全巡检¥38,000；应急保障¥24,000。
（二）合同总价为固定价，包含人员、交通、工具、软件补丁获取及税费等全部费用。
（三）服务期内驿站数量增加或减少幅度在百分之二十以内的，合同价款不作调整。

第四条 付款方式
（一）服务费按季度支付，每季度¥121,500。
（二）每季度结束后，经甲方对该季度服务考核合格，乙方开具发票后，甲方在十五个工作日内支付该季度服务费。
（三）本合同不设预付款。
（四）甲方付款前，乙方应提交当季运维报告、巡检报告及考核结果确认单。

第五条 服务考核与验收
（一）季度考核内容：运维报告按时提交，巡检报告及整改完成情况，驻场人员出勤情况，以及甲方驿站管理科和各区工会的满意度评价。考核得分不低于八十分为合格。
（二）年度验收：服务期届满前，甲方对全年服务进行验收，验收标准为：四个季度考核均合格；系统全年未发生因乙方原因导致的数据丢失；全部运维文档、账号清单及配置资料完整移交。验收合格后双方签署验收意见。
（三）年度验收不合格的，乙方应在三十日内整改，整改后重新验收。

第六条 服务水平
（一）系统月度可用率不低于99.95%。
（二）故障分级与响应时限：
1. 一级故障：小程序或后台整体无法访问、驿站地图无法显示，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：物资申领、排班等单一模块不可用，1小时内响应，8小时内恢复；
3. 三级故障：界面显示错误、统计数据偏差等一般问题，在两个工作日内处理完毕。
（三）极端天气预警发布期间，乙方应安排工程师二十四小时值守，确保驿站开放信息实时更新。
（四）乙方应每月对系统运行情况进行分析，在月度运维报告中列明故障次数、处理时长、可用率统计及改进措施。

第七条 知识产权
运维期间乙方为甲方编写的脚本、配置文件、优化代码及全部运维文档归甲方所有，甲方有权自由使用和修改。系统原有软件的知识产权状态不因本合同而改变。乙方应在服务期满时将上述成果完整移交甲方。

第八条 数据安全
（一）系统中驿站信息、户外劳动者注册信息、物资发放记录及志愿者信息等全部数据属于甲方，乙方仅可为履行本合同运维之目的接触，不得复制、留存或用于其他用途。
（二）乙方应遵守网络安全等级保护及个人信息保护的相关规定，运维操作须通过甲方堡垒机进行，高风险操作须经甲方事先审批，所有操作留存日志。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，采取补救措施并配合调查；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）服务期满或合同解除时，乙方应移交全部运维资料及账号，并删除其掌握的任何数据。
（五）乙方驻场人员及远程运维人员应签署数据安全承诺书，乙方应定期对其开展网络安全培训。

第九条 双方的其他权利义务
（一）甲方应为乙方驻场人员提供必要的办公条件，并指定专人负责对接。
（二）乙方驻场人员应遵守甲方工作纪律，乙方更换驻场人员应提前七日书面报甲方同意。
（三）乙方不得将本合同项下的运维服务转包或分包给任何第三方。
（四）乙方应建立运维服务团队，项目负责人应具有五年以上信息系统运维经验，驻场工程师应具有相关专业资格证书。
（五）甲方有权对乙方服务过程进行监督检查，对不符合要求的事项提出整改意见，乙方应在收到意见后五个工作日内完成整改并书面回复。
（六）乙方应建立应急预案，每半年组织一次应急演练，并将演练记录报甲方备案。

第十条 违约责任
（一）乙方未按约定时间提交季度巡检报告、完成巡检整改或完成年度运维资料移交的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺勤的，每人每日支付违约金¥500。
（三）季度考核连续两次不合格的，甲方有权解除合同。
（四）乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方因此遭受的实际损失。

第十一条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，按乙方实际提供且考核合格的服务结算费用，并要求乙方赔偿损失。因甲方原因解除合同的，甲方按乙方已提供服务的实际情况结算费用。

第十二条 不可抗力
因自然灾害、极端天气、公共卫生事件或政府行为等不可抗力导致服务无法正常提供的，受影响一方应在事件发生后及时通知对方，并在十日内提供相关证明。双方应协商采取措施减少损失，不可抗力影响期间相应义务暂停履行，双方互不承担违约责任。

第十三条 争议解决
因本合同发生的争议，双方应友好协商；协商不成的，提交某市仲裁委员会仲裁。

第十四条 其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：某市总工会                乙方（盖章）：某市安途信息服务有限公司
签订日期：2026年12月28日
"""

Z05 = """# 工艺流程跟踪软件销售及定制开发合同

**（彩绘云标准合同文本 V3.0）**

合同编号：CHY-2027-0419

甲方（客户）：某市雅蛋蛋壳画艺术工作室

乙方（软件供应商）：某市彩绘云软件有限公司

甲方因蛋壳画制作工序多、在制品流转复杂，需要一套工艺流程跟踪软件。乙方向甲方销售其“彩绘云工坊管理软件”，并根据甲方需求进行定制开发。双方依据本标准文本订立合同如下。

## 第一条 合同标的

1.1 乙方向甲方提供彩绘云工坊管理软件标准版永久使用许可一套，包含订单登记、原料（蛋壳、颜料、底座）库存、工序派工、在制品扫码流转、成品入库及销售出库功能。

1.2 乙方按甲方需求进行以下定制开发：蛋壳清洗、打孔、打磨、绘制、上光、装裱六道工序的流程模板；每件作品的工序照片记录与追溯页面；画师计件工资统计报表；电商平台订单导入接口。

1.3 乙方负责软件安装部署及甲方人员操作培训。

1.4 本合同所称定制开发，以双方确认的需求文档为准，需求文档作为本合同附件。

1.5 软件支持Windows电脑端及安卓、苹果手机端，同时在线用户不超过二十人。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 彩绘云工坊管理软件标准版永久许可 | 168,000 |
| 2 | 定制开发（工序模板、追溯页面、计件报表、订单接口） | 126,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 312,000 |

合同总价为人民币叁拾壹万贰仟元整（¥312,000）。

上述价格不含甲方自行采购的电脑、手机、扫码枪及标签打印机等硬件设备。乙方可代为采购，费用另计。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。乙方收到该笔款项后开始开发工作。

3.2 软件安装部署完成后五个工作日内，甲方支付剩余35%，即¥109,200。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持工作，工期相应顺延，并按逾期金额每日千分之一收取违约金。

3.4 乙方收到款项后七个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到第3.1条款项后七十五个工作日内完成定制开发并在甲方电脑及手机上完成安装部署。

4.2 乙方交付软件安装程序及用户手册电子版。定制功能以可执行程序形式交付，源代码不属于交付范围。

4.3 甲方应及时提供工序说明、样品照片及电商平台账号等开发所需资料。因甲方资料提供延迟导致的工期延误，乙方不承担责任。

4.4 乙方交付时提供软件安装部署确认单，甲方应在安装当日签字确认；甲方未在当日签字的，视为已确认。

## 第五条 验收

5.1 软件安装部署完成即视为甲方验收合格。

5.2 甲方在安装部署后提出的修改意见，属于原定需求范围内的，乙方在维护期内予以处理；超出原定需求的，另行收费。

5.3 甲方在软件安装部署后使用软件开展生产管理的，不影响本条视为验收的效力。

## 第六条 维护与技术支持

6.1 乙方自软件安装部署完成之日起提供六个月免费维护，内容包括软件缺陷修复及远程操作指导。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方当年公布的维护服务价格标准向乙方支付年度维护费。

6.3 维护期内，乙方将尽商业上合理的努力，通过电话、微信及远程方式在工作日工作时间内为甲方提供技术支持。乙方不对具体响应或修复时间作出承诺。

6.4 维护期内，因甲方自行修改数据库、安装第三方软件或硬件故障导致的问题，不属于免费维护范围，乙方可按每人日¥1,800收取服务费。

6.5 乙方提供的远程支持以甲方电脑可正常联网为前提。现场服务需甲方另行承担差旅费用。

## 第七条 知识产权

7.1 彩绘云工坊管理软件及乙方为甲方定制开发的全部功能、模板、报表及接口程序的知识产权均归乙方所有。

7.2 甲方在合同价款付清后，获得在本工作室内部使用上述软件的非独占、不可转让的许可，不得对软件进行修改、反向工程，不得提供给第三方使用。

7.3 乙方有权将为甲方开发的功能纳入其标准产品，向其他客户销售。

7.4 甲方如需获得定制功能源代码，应另行与乙方协商购买。

## 第八条 数据

8.1 甲方录入软件的订单、客户、作品照片及工艺数据归甲方所有。

8.2 甲方同意乙方在对上述数据进行匿名化处理后，将其用于软件产品改进、行业工艺分析及乙方的市场推广材料。

8.3 乙方对云端同步服务器采取防火墙、访问控制、数据加密及每日备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，协助恢复数据并承担相应赔偿责任。

8.4 甲方同意乙方为提供云端同步及远程维护服务而访问甲方数据。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方透露本合同价格及乙方提供的技术方案。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方延期交付的，每延期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 甲方违反第七条约定使用软件的，应向乙方支付合同总价两倍的违约金。

10.3 任何一方不履行合同义务，经对方书面催告后二十日内仍未改正的，守约方有权解除本合同并要求违约方赔偿损失。

10.4 除本合同另有约定外，乙方对因软件使用造成的间接损失、利润损失、作品损坏或商机丧失不承担责任。

10.5 甲方逾期付款超过三十日的，乙方有权停止软件的授权使用，直至甲方付清全部款项。

## 第十一条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方应及时通知对方，双方协商变更或解除合同，互不承担违约责任。因网络运营商、云服务商故障或黑客攻击导致的服务中断，乙方不承担责任。

## 第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、律师费由败诉方承担。

## 第十三条 甲方的责任

甲方应提供符合乙方要求的电脑、手机及网络环境，指定专人配合开发和测试，及时提供需求资料并确认需求文档。需求文档经甲方确认后，任何变更均视为新增需求，由乙方另行报价。甲方应妥善保管账号密码，因甲方人员操作不当造成的数据丢失，乙方不承担责任。

## 第十四条 培训、文档与升级

14.1 乙方在安装部署时为甲方提供一次现场培训，时长半天，培训人数不超过五人，超出部分另行收费。乙方提供电子版用户手册，不提供纸质文档及开发文档。

14.2 标准版软件的版本升级由乙方统一发布。免费维护期内甲方可免费升级；维护期满未购买维护服务的，不享有升级服务。升级后定制功能如需适配，由乙方另行报价。

## 第十五条 合同变更

合同履行期间任何一方需要变更合同内容的，应书面提出，经双方协商一致后签订补充协议。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，双方对条款另有约定的，以书面补充协议为准。

16.2 本合同一式两份，双方各执一份，自双方签字或盖章之日起生效。

甲方（签章）：　　　　　　　　　　乙方（签章）：

日期：2027年4月19日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NV-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Nordvinge Condition Systems ApS, a company registered in Denmark with its office at Havnen 7, 7700 Thisted, Denmark (the "Vendor"); and
P:(2) Yantai Haifeng New Energy Operations Co., Ltd., a company incorporated in the People's Republic of China with its office in Yantai, Shandong Province (the "Buyer").
P:The Vendor develops condition-monitoring and maintenance-planning software for wind turbines. The Buyer operates onshore and offshore wind farms and wishes to license the Vendor's software and to obtain configuration, interface, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TurbineWatch condition-monitoring and maintenance-planning software, version 8, in object code, including its database components, analytics engine and web client, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, turbine models, interface programs, reports, scripts and documentation created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all vibration, SCADA, work-order, inspection and personnel data provided by or generated for the Buyer, in whatever form.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers in mainland China for monitoring up to 420 wind turbines operated by the Buyer and its affiliates, with an unlimited number of named users.
P:2.2 The Vendor shall configure the Software for the Buyer's eleven wind farms, build turbine models for the four turbine types in operation, develop interfaces to the Buyer's SCADA historian, enterprise asset management system and spare-parts warehouse system, migrate five years of historical vibration data and work orders, and train the Buyer's engineers and administrators.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,926,000, made up of: (a) licence fee for the Software, CNY 1,380,000; (b) configuration and interface development, CNY 412,000; (c) data migration, CNY 96,000; and (d) training, CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel costs and expenses of the Vendor. Invoices shall be special VAT invoices issued through the Vendor's authorised invoicing agent in China.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature of this Agreement, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Software has been installed, all interfaces are in operation and the Go-Live notice has been signed by both parties. Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interface development and data migration within 120 days after signature of this Agreement and shall then issue the Go-Live notice.
P:5.2 After Go-Live the Software shall run in production for 45 consecutive days (the "Trial Run"). Final Acceptance requires that: (a) every requirement in Annex 1 has passed the agreed test scripts; (b) migrated vibration records and work orders reconcile with the source systems with no unexplained differences; (c) all interfaces exchange data for 20 consecutive days without a Severity 1 or Severity 2 fault; (d) trend and alarm pages for any turbine open in no more than 3 seconds with 60 concurrent users; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.3 If a criterion is not met, the Vendor shall correct the defect within 15 days and the relevant test shall be repeated. Use of the Software in production, Go-Live or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Faults are classified as follows: Severity 1, the Software is unavailable or alarms are not generated for one or more wind farms; Severity 2, a major function is impaired but a workaround exists; Severity 3, all other faults and questions.
P:6.3 The Vendor shall respond to a Severity 1 fault within 1 hour at any time of day, and restore service within 8 hours; Severity 2 faults shall be answered within 2 hours during business hours and resolved within 2 business days; Severity 3 faults shall be resolved in the next regular update.
P:6.4 If the Vendor misses a response or restoration time in Article 6.3, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.5 After the Warranty Period, the Vendor shall, if the Buyer so requests, provide annual support and updates for a fee of 11% of the licence fee in Article 3.1(a), being CNY 151,800 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, copy, modify and license the Custom Deliverables freely, and may engage third parties to maintain them. The Vendor shall deliver their source code and build instructions.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics for other customers.
P:8.2 The Software is installed on the Buyer's servers in China and Buyer Data shall not be transferred outside mainland China. Remote access by the Vendor is permitted only through the Buyer's VPN with multi-factor authentication, for each session approved in advance by the Buyer, and all sessions are logged.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement, and shall implement appropriate technical and organisational security measures.
P:8.4 The Vendor shall notify the Buyer of any actual or suspected security breach affecting Buyer Data within 8 hours of becoming aware of it, shall cooperate in containing it, and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, shall use it only for the purposes of this Agreement, and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation does not apply to information that is public through no fault of the receiving party or that must be disclosed by law, and it survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to issue the Go-Live notice or to achieve Final Acceptance by the dates in Annex 2 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of intellectual property rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the prior written consent of the other party.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature. The licence under Article 2.1 is perpetual and survives termination unless terminated under Article 12.3.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.3 If the Buyer terminates under Article 12.2 before Final Acceptance, the Vendor shall refund all amounts paid and the Buyer shall return or destroy the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Denmark, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Danish Institute of Arbitration. The seat of arbitration is Copenhagen and the language of the proceedings is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Requirements Specification), Annex 2 (Implementation Plan) and Annex 3 (Training Plan), is the entire agreement between the parties on its subject matter.
P:14.2 This Agreement is made in English in two originals, one for each party.
P:For the Vendor: ____________________    For the Buyer: ____________________
"""

E02 = """# SERVICEPOINT CLOUD ORDER FORM

**Order Form No. SPC-2027-CN-0087**

This Order Form is made between **Saimaa Fieldware Oy**, a Finnish company with its registered office at Olavinkatu 41, 57130 Savonlinna, Finland ("Vendor"), and **Chengdu Tianxing Elevator Maintenance Co., Ltd.**, a company incorporated in the People's Republic of China with its office in Chengdu, Sichuan Province ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If the two parts conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

Vendor will provide Customer with access to ServicePoint Cloud, Vendor's field-service management platform, covering work-order dispatch, preventive maintenance scheduling for elevators and escalators, technician mobile application, spare-parts tracking, customer signature capture and reporting. The Service is hosted for Customer in a data centre located in mainland China operated by Vendor's hosting partner.

### A2. Subscription Term

The Subscription Term is 36 months, beginning on the date of Go-Live Acceptance under A5, and is divided into three Subscription Years.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| ServicePoint Cloud named-user subscription | 180 users | 1,150 per user per Subscription Year | 207,000 | 621,000 |
| Premium Support | 1 | 24,000 per Subscription Year | 24,000 | 72,000 |
| Onboarding and configuration (one-time) | 1 | 47,000 | - | 47,000 |
| **Total Order Value** | | | | **740,000** |

Additional named users may be added during the Subscription Term at the same unit price, pro rata for the remaining part of the Subscription Year. All fees are in CNY and include VAT.

### A4. Invoicing and Payment

(a) The subscription and Premium Support fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of invoice.

(b) The one-time onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. Customer makes no payment before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Vendor will configure the Service for Customer's six branch offices, import Customer's installed-base records for about 9,600 elevators and escalators, set up maintenance plans according to the applicable national inspection rules, connect the Service to Customer's finance system for billing of maintenance contracts, and train Customer's dispatchers, technicians and administrators.

(b) Vendor shall make the Service ready for Go-Live Acceptance within 60 days after signature of this Order Form.

(c) Go-Live Acceptance requires that: (i) all functions listed in A1 pass Customer's acceptance test scripts; (ii) the imported installed-base records reconcile with Customer's source list; (iii) work orders and invoices transfer to the finance system without error for 10 consecutive business days; and (iv) the technician mobile application works offline and synchronises when a connection returns. Customer will sign a Go-Live Acceptance certificate within 5 business days after these criteria are met. Use of the Service for training or testing does not constitute acceptance.

(d) If Go-Live Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Fees for each renewal term will be charged at Vendor's list prices then in effect, which Vendor may change at its discretion.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the ServicePoint Cloud platform and related Premium Support described in Part A.

1.2 "Customer Data" means all data and content entered into the Service by or for Customer or its users, including installed-base records, maintenance records, photographs, signatures and personal information of Customer's staff and end customers.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration mappings created by Vendor specifically for Customer.

### 2. Use of the Service

2.1 Vendor grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' compliance with these General Terms and for keeping passwords secure.

### 3. Service Levels

3.1 Vendor will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Incidents are classified as Priority 1 (the Service or the mobile application is unavailable to all users or work orders cannot be dispatched), Priority 2 (a major function is impaired) and Priority 3 (other incidents). Vendor will respond to Priority 1 incidents within 30 minutes, 24 hours a day and 7 days a week, and work continuously until service is restored. Priority 2 incidents will be answered within 2 business hours and Priority 3 incidents within 1 business day.

3.3 If monthly availability falls below the level in 3.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, by which availability falls short, up to 50% of that monthly amount. If a Priority 1 response is late, Customer will receive a further credit of CNY 500 per hour of delay. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

### 4. Customer Data and Security

4.1 As between the parties, Customer owns all Customer Data. Vendor will process Customer Data to provide the Service and support in accordance with Customer's instructions.

4.2 Customer grants Vendor a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to improve and develop Vendor's products, to prepare industry benchmarks and to train analytics models offered to other customers. Such data will not identify Customer or any individual.

4.3 Vendor will store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel using multi-factor authentication, keep audit logs for at least 6 months, and maintain a security programme certified to ISO/IEC 27001 and a level-3 record under the Multi-Level Protection Scheme.

4.4 Vendor will notify Customer of any security incident affecting Customer Data within 12 hours after discovery, take immediate steps to contain it, and bear the costs and losses caused by any incident resulting from Vendor's failure to comply with this section.

4.5 Within 30 days after the end of the Subscription Term, Vendor will return Customer Data in a standard export format and then delete it, and will confirm the deletion in writing.

### 5. Intellectual Property

5.1 Vendor owns the Service and all improvements to it.

5.2 Customer Configurations belong to Customer. Customer may use, copy, modify and have third parties use them without restriction, and Vendor will deliver them in an exportable format on request.

### 6. Confidentiality

6.1 Each party will protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of the Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

6.2 Confidential Information means any non-public information disclosed by a party that is marked as confidential or would reasonably be understood to be confidential. These obligations continue for three years after the Order Form ends.

### 7. Sub-processors and Subcontractors

Vendor may use its hosting partner named in A1 as sub-processor. Vendor will not engage any other sub-processor or subcontractor in performing the Service without Customer's prior written consent, and remains responsible for all of them.

### 8. Limitation of Liability

8.1 Each party's total aggregate liability arising out of or in connection with the Order Form is limited to the fees paid by Customer under the Order Form in the 9 months preceding the event giving rise to the claim.

8.2 Neither party is liable for lost profits or indirect damages.

8.3 The limits in 8.1 and 8.2 do not apply to Customer's payment obligations or to either party's liability for fraud or wilful misconduct.

### 9. Term and Termination

9.1 The Order Form remains in force for the Subscription Term and any renewal term.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice.

9.3 If Customer terminates for Vendor's breach, Vendor will refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 The Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the addresses in this Order Form.

11.2 The Order Form is signed in English in two counterparts.

Signed for Vendor: ____________________    Signed for Customer: ____________________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-CHAIN MONITORING SENSORS
P:Contract No. HF-DAIRY-PUR-2027-045
P:This Contract is made on 9 June 2027 between Anhui Lüyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Buyer"), and SIA Ventas Sensori, a company registered in Latvia with its registered office at Liepājas iela 12, Kuldīga, LV-3301, Latvia (the "Supplier").
P:The Buyer operates two milk-processing plants, four cold stores and a fleet of refrigerated vehicles. It wishes to purchase wireless temperature and humidity sensors, gateways and a monitoring software licence, together with installation, integration and training. This Contract is issued on the Buyer's standard purchase terms, as agreed by the Supplier.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.1.
P:1.2 "Software" means the Supplier's ColdTrace monitoring software, including its server components, dashboards, alarm module and mobile application, licensed under clause 2.2.
P:1.3 "Deliverables" means the Equipment, the Software and all configuration, integration programs, reports and documentation provided under this Contract.
P:1.4 "Buyer Data" means all temperature, humidity, location, alarm and user data collected or processed by the Equipment or the Software.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under clause 5.3.
H:2. Scope
P:2.1 The Supplier shall supply and install the Equipment at the Buyer's plants, cold stores and vehicles listed in Annex A, configure the Software on the Buyer's servers in Hefei, integrate it with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's operations in China, for an unlimited number of users and for up to 600 sensors, without further licence fees.
P:2.3 The Software shall record readings at intervals of no more than 5 minutes, store at least three years of history, generate alarms by SMS, app notification and telephone call, and produce the temperature records required by food-safety regulators.
P:2.4 The Supplier shall train up to 30 of the Buyer's quality, warehouse and logistics staff in two sessions at the Hefei plant, covering daily use, alarm handling, sensor replacement and basic troubleshooting, and shall hand over a training manual in Chinese.
H:3. Price
P:3.1 The Contract Price is CNY 1,220,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with mounting kit|420|1,380|579,600
TB:2|Industrial gateway with 4G back-up|18|9,200|165,600
TB:3|ColdTrace monitoring software, perpetual licence|1|264,000|264,000
TB:|Equipment and licence subtotal|||1,009,200
TB:4|Installation, calibration and commissioning|1|118,000|118,000
TB:5|Integration with the WMS|1|74,800|74,800
TB:6|Training|1|18,000|18,000
TB:|Contract Price|||1,220,000
P:3.2 The Contract Price is fixed and includes delivery to the sites DDP, import duties, VAT, insurance, installation and all other costs of the Supplier.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 15 business days after signature, against an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 business days after all Equipment has been installed and the Software has been put into operation at all sites. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 25% of the Contract Price within 15 business days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 50 days and complete installation, configuration and integration within 90 days after signature.
P:5.2 Acceptance tests shall show that: (a) every sensor reads within 0.3 °C of a reference thermometer at three test points; (b) each site delivers its readings to the Software without any gap longer than 15 minutes over a 30-day test period; (c) alarms reach the designated staff within 60 seconds; (d) WMS receipts and dispatches carry the correct temperature records; and (e) all documentation and calibration certificates have been delivered.
P:5.3 When all tests are passed, the Buyer shall confirm Final Acceptance in writing within 7 business days. If any test fails, the Supplier shall remedy the defect within 10 days and the test shall be repeated. Installation, use of the Deliverables or payment does not constitute acceptance.
P:5.4 The Supplier shall deliver with the Equipment calibration certificates traceable to national measurement standards for every sensor, the declarations of conformity required for import, and installation drawings showing the position of each sensor and gateway.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, recalibrate sensors once a year, correct Software defects and provide updates free of charge.
P:6.2 The Monitoring Software shall be available at least 99.95% of the time in each month during the warranty period, excluding maintenance windows agreed in advance.
P:6.3 Faults are classified as Severity 1 (alarms are not generated or the Software is unavailable for a site), Severity 2 (a function is impaired or more than five sensors at one site fail) and Severity 3 (other faults). The Supplier shall respond to Severity 1 faults within 45 minutes at any time and restore service within 8 hours, including by replacing gateways from a local spare-parts stock; Severity 2 faults shall be responded to within 2 hours and resolved within 2 business days; Severity 3 faults within 5 business days.
P:6.4 For each hour by which a response or restoration time in clause 6.3 is exceeded, the Supplier shall pay the Buyer CNY 800. For each 0.1 percentage point by which monthly availability falls short of clause 6.2, the Supplier shall pay the Buyer CNY 1,500.
P:6.5 After the warranty period, the Supplier shall provide maintenance and support on the Buyer's request at an annual fee of 8.5% of the equipment and licence subtotal in clause 3.1 (CNY 85,782 per year). This fee shall not be increased for the first two years after the warranty period. Each year of support is ordered separately; there is no automatic renewal.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and in the firmware of the Equipment.
P:7.2 All configuration, integration programs, report templates and documentation created for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code on Final Acceptance.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, transfer, analyse or use it for any other purpose.
P:8.2 The Software shall be installed on the Buyer's servers and Buyer Data shall remain in China. The Supplier's remote access requires the Buyer's approval for each session and is logged. Sensor and gateway communication shall be encrypted.
P:8.3 The Supplier shall report any security incident affecting the Deliverables or Buyer Data to the Buyer within 6 hours, cooperate in its investigation and remedy it at its own cost, and indemnify the Buyer for losses caused by incidents attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall treat as confidential all information about the other party's business, plants, customers, recipes and prices received under this Contract, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after expiry or termination.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, capped at 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement of intellectual property and breach of clauses 8 and 9, which is unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract the installation or any other part of the work without the Buyer's prior written consent. The Supplier is responsible for its approved subcontractors as for itself.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages reach their cap.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Deliverables that have not been accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The arbitral award is final.
H:14. Force Majeure and General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
P:14.2 Annex A (Site List) and Annex B (Technical Specification) form part of this Contract. This Contract is signed in English in two originals.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference: PMI-DG-2027-03**

This Managed IT Services Agreement (the "Agreement") is entered into on 14 July 2027 by and between:

- **Dongguan Hengxin Paper Products Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Dongguan, Guangdong Province ("Customer"); and
- **Porovesi Managed IT Oy**, a company incorporated in Finland with its registered office at Savonkatu 18, 74100 Iisalmi, Finland ("Provider").

Customer operates three paper-converting plants and a distribution centre in Guangdong. Provider supplies managed infrastructure and service-desk services to manufacturers. Customer wishes to outsource the operation of its IT infrastructure to Provider on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or has access to in performing the Services.

1.5 "Transition" means the activities by which Provider takes over the Services from Customer's internal IT team, as described in Schedule 1, Part B.

1.6 "Service Commencement Date" means the date on which Customer signs the Transition completion certificate under Section 4.

## Section 2. Services and Term

2.1 Provider shall provide the Services from the Service Commencement Date for a term of 36 months (the "Term").

2.2 Provider shall perform the Services through its own employees, remotely from its operations centre and on site through its team based in Guangzhou, using qualified and experienced staff.

2.4 Provider shall name a service delivery manager and a technical lead for the Term and shall not replace either of them without giving Customer 30 days' notice and proposing a replacement with equivalent experience.

2.3 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Charges and Payment

3.1 Customer shall pay a fixed monthly service charge of CNY 58,500 for the Services, for 36 months, and a one-time Transition charge of CNY 84,000, as set out in Schedule 3. The total contract value is CNY 2,190,000.

3.2 Monthly service charges are invoiced monthly in arrears and payable within 30 days after receipt of a valid VAT invoice. The Transition charge is invoiced after the Service Commencement Date. Customer makes no advance payment.

3.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

3.4 The Charges are fixed for the Term. Changes in scope are agreed through the change procedure in Section 11 and priced at the rates in Schedule 3.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the Transition within 75 days after signature of this Agreement in accordance with the Transition plan in Schedule 1, Part B.

4.2 The Transition is complete when: (a) all servers, network devices, endpoints and applications listed in Schedule 1 are recorded in Provider's configuration database and verified by Customer; (b) monitoring covers every device in scope and test alarms reach the service desk; (c) backup and restore have been tested for each critical system; (d) the service desk has handled Customer's tickets for 20 consecutive business days in parallel with Customer's team, meeting the Service Levels; and (e) all runbooks and operating procedures have been delivered. Customer shall then sign a Transition completion certificate. Starting to use the Services does not constitute acceptance of the Transition.

4.3 If Provider does not complete the Transition by the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 2,000 for each day of delay.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them each month.

5.2 If a Service Level is missed, Customer is entitled to the service credits set out in Schedule 2. Service credits are a price adjustment and do not limit Customer's other rights.

5.3 If Provider misses the same Service Level in three consecutive months, Provider shall submit and carry out a remediation plan agreed with Customer.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services for Customer and for no other purpose.

6.2 At the end of the Term, Provider shall return all Customer Data and configuration records to Customer or to a successor provider nominated by Customer.

## Section 7. Intellectual Property

7.1 Provider retains its pre-existing tools, monitoring templates and know-how.

7.2 Runbooks, scripts, configuration records and documentation prepared specifically for Customer under this Agreement belong to Customer, which may use, modify and license them without restriction, including to a successor provider.

## Section 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement and not disclose it to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidence or as required by law.

8.2 This Section survives for three years after the end of the Agreement.

## Section 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid by Customer in the 6 months immediately preceding the event giving rise to the claim.

9.2 The limit in 9.1 does not apply to death or personal injury caused by negligence, or to fraud.

9.3 Neither party is liable for loss of profit or indirect loss.

## Section 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## Section 11. Changes

Either party may request a change to the Services. A change takes effect only when both parties have signed a change note describing the change, its effect on the Charges and Service Levels, and its start date.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the availability Service Level in any three months of a rolling six-month period.

12.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within 60 days after a written reminder.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred without interruption.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Chinese and English service desk for about 640 users, 07:00-22:00 on working days and on-call at other times; ticket logging, first-line resolution and escalation |
| A2 | Infrastructure management | 46 physical and virtual servers, storage, backup, 3 plant networks, firewalls and Wi-Fi; patching, capacity management and change execution |
| A3 | Monitoring | 24x7 monitoring of servers, network devices and plant production-reporting applications, with alarms to the on-call engineer |
| A4 | End-user support | on-site support at the three plants and the distribution centre, two engineers on site on working days |
| B | Transition | inventory, knowledge transfer, tool deployment, parallel run and handover, as in the Transition plan |

## Schedule 2 - Service Levels and Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Availability of core infrastructure (ERP servers, plant networks, internet gateway) | 99.95% per month | 3% of the monthly charge for each 0.02 percentage point or part below target, up to 20% |
| Priority 1 incident (a plant or the ERP system is down) | response within 15 minutes, restoration within 3 hours | CNY 1,000 for each started hour of late restoration |
| Priority 2 incident (a function or a group of users is affected) | response within 1 hour, resolution within 8 hours | CNY 300 for each started hour late |
| Service desk calls answered | 90% within 30 seconds | 2% of the monthly charge |
| Backup success rate | 98% of scheduled jobs | 2% of the monthly charge |

## Schedule 3 - Charges

| Charge | Amount (CNY) |
|---|---|
| Monthly service charge (Schedule 1, Parts A1-A4), 36 months x 58,500 | 2,106,000 |
| Transition charge (Schedule 1, Part B), one-time | 84,000 |
| Total contract value | 2,190,000 |
| Additional services: engineer day rate | 2,600 per day |
| Exit assistance: engineer day rate | 2,600 per day |

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E05 = """AGRONOMIC WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. SKV-API-2027-CN-11

PARTIES

This Agreement is made on 2 August 2027 between Skive Agrometrics A/S, a company registered in Denmark with its registered office at Østerbro 22, 7800 Skive, Denmark ("Vendor"), and Henan Fengnong Seed Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province ("Customer").

BACKGROUND

Vendor operates a data platform that combines weather station observations, satellite imagery and crop models into field-level agronomic data, which it delivers through an application programming interface (the "API"). Customer breeds and tests maize and wheat varieties at trial stations across northern China and wishes to use the API in its breeding and variety-trial systems.

1. DEFINITIONS

1.1 "Data Products" means the hourly and daily weather series, 10-day forecasts, soil moisture estimates, growing-degree-day and crop-stage estimates for the locations registered by Customer, as described in Appendix 1.

1.2 "Subscription Year" means each period of 365 days starting on the Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date on which Customer confirms acceptance of the integration under clause 4.

1.4 "Customer Data" means the trial-station coordinates, field boundaries, planting dates, variety codes, trial results and other information that Customer sends to the API or otherwise provides to Vendor.

1.5 "Custom Models" means the crop-stage models calibrated by Vendor specifically for Customer's varieties using Customer Data.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data Products in Customer's internal breeding, trial and agronomy work, and to include them in reports to Customer's licensees and to agricultural authorities.

2.2 The subscription covers up to 1,800 registered locations and up to 2 million API calls per month. Vendor will notify Customer when usage reaches 80% of either limit. Usage above the limits is charged at the rates in Appendix 2.

2.3 Vendor will provide integration support: API credentials, a test environment, sample code, assistance with connecting the API to Customer's breeding database, and calibration of the Custom Models for 26 varieties.

3. FEES AND PAYMENT

3.1 The fees for the Subscription Term are:
- API subscription, first Subscription Year: CNY 318,000;
- API subscription, second Subscription Year: CNY 318,000;
- integration support and Custom Model calibration, one-time: CNY 26,000.
The total fees for the Subscription Term are CNY 662,000, excluding any usage above the limits in clause 2.2.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a VAT invoice. The one-time fee is invoiced after acceptance under clause 4. No amount is payable before acceptance.

3.3 The fees for the Subscription Term are fixed. Fees are payable in CNY and include VAT.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall complete the integration support and deliver the calibrated Custom Models within 45 days after signature of this Agreement.

4.2 Customer will accept the integration when: (a) the Data Products for all registered locations can be retrieved through the API from Customer's breeding database; (b) a comparison of 30 days of hourly data with readings of Customer's own weather stations at ten trial stations shows the deviations stated in Appendix 1 are not exceeded; (c) the Custom Models predict the flowering dates of the previous season's trials within the tolerance in Appendix 1; and (d) the API documentation in Chinese and English has been delivered.

4.3 Customer shall confirm acceptance in writing within 5 business days after the criteria are met, or give reasons for refusal. Access to the test environment does not constitute acceptance.

5. SERVICE LEVELS

5.1 Vendor will make the API available 99.95% of each calendar month, excluding scheduled maintenance of no more than 3 hours per month announced 3 days in advance.

5.2 Customer may report incidents through the support portal or hotline at any time. Vendor will respond to Priority 1 incidents (the API is unavailable or returns no data for all locations) within 1 hour, to Priority 2 incidents (delayed or incomplete data for some locations) within 3 business hours and to other requests within 2 business days.

5.3 Forecast and observation data for each day will be available through the API by 06:00 Beijing time.

5.4 If monthly availability falls below the level in clause 5.1, Customer will receive a credit of 10% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 response is late, Customer will receive a credit of CNY 400 per hour of delay. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Data Products and support to Customer, and shall not use it, alone or combined with other data, for any other purpose or disclose it to any third party.

6.2 Customer Data and the data delivered to Customer shall be stored on servers located in mainland China. Vendor shall protect them with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access and logging of all access.

6.3 Vendor shall notify Customer of any breach of security affecting Customer Data within 12 hours after becoming aware of it, take all necessary steps to contain and remedy it, and compensate Customer for all losses caused by a breach attributable to Vendor.

6.4 At the end of the Subscription Term, Vendor shall return Customer Data and delete all copies within 30 days and confirm this in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor owns the API, its platform and the Data Products, except for the Custom Models.

7.2 The Custom Models, including their parameters and calibration reports, are made for Customer and belong to Customer. Customer may use, modify and license them freely, also after the Subscription Term, and Vendor shall deliver them in a documented, exportable form.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's variety codes and trial results, use it only for this Agreement and not disclose it to third parties without prior written consent.

8.2 The confidentiality obligations continue for five years after the end of this Agreement.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.

9.2 The limit does not apply to breaches of clauses 6 and 8, infringement of intellectual property, fraud or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss, including loss of crops or harvest, except where caused by wilful misconduct.

10. SUBCONTRACTING

Vendor may not subcontract any part of the services or use any sub-processor for Customer Data without Customer's prior written consent. Vendor is responsible for approved subcontractors as for itself.

11. TERM, SUSPENSION AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any new subscription requires a new agreement.

11.2 The subscription is non-cancellable. Customer may not terminate this Agreement before the end of the Subscription Term for any reason. If Vendor fails to perform, Customer's remedies are the service credits under clause 5.4 and a claim for damages within the limits of clause 9.

11.3 Vendor may suspend access to the API if undisputed fees remain unpaid 30 days after a written reminder, and may terminate this Agreement if they remain unpaid 60 days after the reminder.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding on both parties.

13. SUPPORT AND CHANGES TO THE DATA PRODUCTS

13.1 Vendor will assign a named customer success manager and a Chinese-speaking support engineer to Customer, and will hold a review meeting with Customer at least once per quarter to discuss usage, data quality and planned changes.

13.2 Vendor may improve the Data Products during the Subscription Term, but shall not remove a data field, reduce the forecast horizon, reduce accuracy below Appendix 1 or change the API in a way that is not backward-compatible without giving Customer at least 90 days' written notice and providing the previous version in parallel during that period.

14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government. Failure of Vendor's own systems or suppliers is not force majeure.

15. GENERAL

15.1 Appendix 1 (Data Products and Accuracy) and Appendix 2 (Usage Rates) form part of this Agreement.

15.2 This Agreement is signed in English in two originals, one for each party.

For Vendor: ____________________    For Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and checks

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, language, category, terms in KEYS order, extra, fee base for TCO, design rules)
DRAFTS = {
    "Z01": ("h874z01_city_breakfast_market_platform.pdf", "zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2150000), 1160000, []),
    "Z02": ("h874z02_curtain_rod_line_control_retrofit.docx", "zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, 200, 25, True, True, 18, 26, False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1640000), 1472000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "Z03": ("h874z03_waist_drum_school_booking_saas.txt", "zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=530000), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "Z04": ("h874z04_union_outdoor_worker_station_om.txt", "zh", "services",
            [99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False,
             None, S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None,
            ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "Z05": ("h874z05_eggshell_studio_tracking_supplier_template.md", "zh", "software",
            [None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False, True, None,
             "PRC", G],
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=312000), 168000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "E01": ("h874e01_wind_condition_monitoring_licence_dk.pdf", "en", "software",
            [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False, "Denmark",
             G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1926000), 1380000, ["CR-GOVERNING-LAW"]),
    "E02": ("h874e02_field_service_saas_order_form_fi.md", "en", "cloud",
            [99.95, 0.5, True, "buyer", True, False, True, 600 / 740000 * 100, 9 / 36 * 100, None, True, None, None,
             None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=740000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "E03": ("h874e03_dairy_cold_chain_sensors_lv.docx", "en", "hardware",
            [99.95, 0.75, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8.5, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1220000), 1009200, []),
    "E04": ("h874e04_paper_plants_managed_it_services_fi.md", "en", "services",
            [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2190000 * 100, 6 / 36 * 100, None, True, None,
             None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2190000), None,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "E05": ("h874e05_agro_weather_data_api_subscription_dk.txt", "en", "cloud",
            [99.95, 1, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=662000), None,
            ["CR-LD-MISSING", "CR-TERMINATION"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESHOLD_VALUES = set(THRESHOLDS.values()) | {40, 5}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence / hardware subtotal; None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 and 'Where rules apply'."""
    r = set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
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


# threshold figures in text: patterns with a self-test
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [re.compile(p, re.I) for p in [
    r"99\.9(?![\d])",
    NUM + r"4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四(?:个)?小时", r"four\s*(?:\(4\)\s*)?hours?",
    NUM + r"0\.05" + PCT, r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    NUM + r"100" + PCT, r"百分之(?:一)?百",
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per",
    NUM + r"15" + PCT, r"百分之十五", r"fifteen\s*per",
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per",
    NUM + r"12\s*(?:个月|-?\s*months?)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![第每])一年(?!度)", r"(?<![a-z])one\s*-?\s*year(?!s)", NUM + r"1\s*-?\s*year\b",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "within 4 h.", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五",
            "40 per cent", "百分之四十", "12个月", "12 months", "12-month", "十二个月", "twelve months", "一年",
            "one year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "10.05%", "130%", "115%",
             "140%", "300%", "1,100%", "112 months", "18个月", "第一年", "每一年", "一年度", "3 hours", "two years",
             "someone yearly", "0.5 percentage", "百分之三十五"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in BAD:
            m = p.search(variant)
            if m:
                hits.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert threshold_hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))

    srcs, tgts = {}, {}
    for key, (name, lang, *_rest) in DRAFTS.items():
        src = globals()[key]
        if name.endswith((".docx", ".pdf")):
            srcs[key], tgts[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(srcs, tgts, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (name, lang, category, vals, extra, base, design) in DRAFTS.items():
        assert len(vals) == len(KEYS)
        terms = dict(zip(KEYS, vals))
        x = dict(extra)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        x = {k: x[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                               "contract_value"] if k in x}
        rules = derive(terms, x, base)
        if rules != sorted(design):
            problems.append((key, "derived", rules, "design", sorted(design)))
        covered |= set(rules)
        for k, v in terms.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                if v in ALL_THRESHOLD_VALUES or (k in THRESHOLDS and abs(v - THRESHOLDS[k]) < 1e-9):
                    problems.append((key, "threshold value", k, v))
        share = tco_share(terms, x, base)
        if share is not None and 38 <= share <= 42:
            problems.append((key, "TCO share near threshold", share))
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n, (lo, hi)))
        for h in threshold_hits(text):
            problems.append((key, "threshold text", h))
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print(f"{key} {name:58s} len={n:5d} risk={risk:6s} tco={'-' if share is None else round(share, 1)} {rules}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
