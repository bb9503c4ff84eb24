"""holdout496: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.

Run: /work/main/.venv/bin/python -B make_files.py
Writes the ten contract files and their .json labels into this folder, then reads every built file back,
measures its length, scans it (and every source) for threshold figures, derives each draft's expected rules from
its labels by my own reading of policy.md section 3, checks them against the design list and asserts coverage.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  地方志办 方志数据库平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条
Z01 = """T:南屏市地方志数据库平台建设项目合同书
P:合同编号：NPFZ-2026-CG-017
P:采购人（甲方）：南屏市地方志办公室
P:供应商（乙方）：杭州文澜数智科技有限公司
P:鉴于甲方以公开招标方式采购“南屏市地方志数据库平台建设项目”（项目编号NPCG2026-031），乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供方志数据库平台软件的永久使用许可，完成旧志整理、年鉴编纂、地情专题库三个定制模块的开发，并对历代旧志、两轮新编志书及历年年鉴共约18万页资料进行数字化加工与迁移。
P:1.2 平台部署在甲方指定的政务云环境，须满足网络安全等级保护第三级要求，支持全文检索、图文对照、知识标引、专题编研与对外公开查询。
P:1.3 乙方应派驻项目经理一名及技术人员不少于四名，人员名单见投标文件，未经甲方同意不得更换项目经理。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,510,000元（大写：壹佰伍拾壹万元整），含税，为固定总价。明细如下：
TB:序号|项目|金额（元）
TB:1|方志数据库平台软件许可（永久，不限用户数）|688,000
TB:2|定制开发（旧志整理、年鉴编纂、地情专题库）|536,000
TB:3|数据加工与迁移（约18万页）|228,000
TB:4|部署实施及培训|58,000
TB:合计||1,510,000
P:2.2 上述价款包含软件许可、开发、加工、部署、培训、质保期内服务及税费等全部费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保证金后15个工作日内，甲方支付合同总价的20%作为预付款，即302,000元。
P:3.2 平台初验合格后15个工作日内，甲方支付合同总价的45%，即679,500元。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即528,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金支付程序办理付款。
P:3.5 乙方应在合同签订前提交合同总价5%的履约保证金，终验合格后无息退还。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成平台部署及定制模块开发并提交初验申请，150日内完成全部数据加工与迁移。
P:4.2 乙方应按周提交项目进度报告，遇有影响工期的事项应及时书面告知甲方，并提出补救措施。
H:第五条 验收
P:5.1 初验在平台部署及定制模块开发完成后进行，标准为：功能清单逐项测试通过；全文检索在200个并发用户下平均响应时间不超过3秒；已加工数据随机抽检1,000页，差错不超过2处；通过第三方等级保护测评。
P:5.2 初验合格后平台试运行60日。试运行期间未发生一级故障、全部数据迁移完成并经甲方抽检合格后，由甲方组织终验并出具终验报告。
P:5.3 平台上线、甲方使用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质保与售后服务
P:6.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 故障响应：一级故障（平台无法访问或数据错误）30分钟内响应，2小时内到场处理；二级故障2小时内响应，次日内解决。乙方每超时1小时，甲方可从履约保证金或应付款中扣减800元。
P:6.3 质保期满后，如甲方需要，双方另行签订年度维护合同。年度维护费不超过软件许可费的8%，即每年不超过55,040元，在质保期满后的三个服务年度内不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制模块的源代码、设计文档、数据库结构说明及加工形成的数据成果，知识产权归甲方所有，乙方应在终验时全部移交。甲方可自行或委托第三方修改、使用和许可他人使用。
H:第八条 数据安全
P:8.1 方志资料、加工数据及平台业务数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 数据加工应在甲方指定场所进行，加工用计算机禁用外接存储介质；远程运维须经甲方批准并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 分包
P:乙方可将数据加工中的扫描、文字录入工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及人员名单。乙方对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付内容不符合约定的，应在甲方要求的期限内修改或更换，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与培训
P:14.1 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后执行。双方每两周召开一次项目例会，形成会议纪要。
P:14.2 乙方应为甲方编研人员和系统管理员提供不少于5天的集中培训，培训内容包括平台操作、专题库维护、数据著录规范及日常运维，并提供中文操作手册和培训视频。
P:14.3 乙方项目人员应遵守甲方的保密和安全管理制度，进入甲方办公场所须登记。
H:第十五条 廉洁与知识产权担保
P:15.1 乙方承诺在合同订立和履行过程中遵守廉洁从业规定，不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益。乙方违反本条
P:15.2 乙方保证其提供的软件、设备及技术资料不侵犯任何第三方的知识产权。第三方就此提出权利主张的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十六条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清材料为本合同的组成部分。
P:甲方（盖章）：南屏市地方志办公室　　乙方（盖章）：杭州文澜数智科技有限公司
P:代表签字：　　　　　　　　代表签字：
P:日期：2026年　月　日　　　日期：2026年　月　日
"""

# z02  电缆厂 挤塑线 控制系统改造 + 维保, .docx with a Word price table, numbering 1. 1.1
Z02 = """T:挤塑生产线控制系统改造及维保合同
P:合同编号：HL-SB-2026-0412
P:甲方（买方）：宜兴华缆电线电缆有限公司
P:乙方（卖方）：常州创控自动化工程有限公司
P:甲方三条交联电缆挤塑生产线（1号、2号、3号线）的原控制系统已运行多年，备件停产、故障频发。经比选，甲方委托乙方进行控制系统改造，并在质保期满后提供维保服务。双方协商一致，订立本合同。
H:1. 改造范围
P:1.1 拆除三条线原有控制柜，更换PLC控制柜、变频驱动器、在线激光测径仪及触摸屏，实现挤出机、牵引、收排线的速度与张力联动控制。
P:1.2 提供工艺配方及数据采集软件，编写控制程序，完成与甲方MES系统的接口对接，实现配方下发、工艺参数上传和质量追溯。
P:1.3 每条线的停线改造时间不超过10日，三条线分批施工，不得同时停产。
H:2. 合同价格
P:2.1 合同总价为人民币1,480,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|3套|186,000|558,000
TB:2|变频驱动器|12台|23,500|282,000
TB:3|在线激光测径仪|3台|64,000|192,000
TB:4|触摸屏HMI|3套|18,000|54,000
TB:5|工艺配方及数据采集软件许可（永久）|1套|168,000|168,000
TB:|软硬件小计|||1,254,000
TB:6|控制程序定制开发及调试|1项|126,000|126,000
TB:7|拆旧、安装及布线|1项|84,000|84,000
TB:8|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,480,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即296,000元。
P:3.2 设备到货并经甲方签收后，甲方支付合同总价的35%，即518,000元。到货签收不代表质量验收。
P:3.3 三条线全部改造完成并经最终验收合格后，甲方支付合同总价的45%，即666,000元。
H:4. 交付与验收
P:4.1 乙方应在合同生效后60日内完成设备到货，110日内完成三条线的改造。
P:4.2 单线验收标准：连续生产72小时无控制故障；线速度控制偏差不超过设定值的±0.5%；外径在线测量值与离线抽检值偏差不超过0.02毫米；配方下发及参数上传与MES核对一致。
P:4.3 三条线均通过单线验收并稳定运行30日后，双方进行最终验收并签署验收报告。设备安装、通电或投入生产均不视为验收。
H:5. 质保
P:5.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:5.2 故障分级及响应：一级故障（整线停机）30分钟内远程响应，3小时内到场；二级故障（单台设备异常）2小时内响应，次日到场。乙方每超时1小时，向甲方支付500元。
H:6. 质保期后维保
P:6.1 质保期满后，乙方提供年度维保服务，内容包括季度巡检、备件更换、程序维护和远程支持。
P:6.2 年度维保费为软硬件小计的27%，即每年338,580元，在质保期满后的三个服务年度内固定不变，在每个服务年度结束后支付。
P:6.3 维保服务每个服务年度经甲方书面确认后继续，不自动续期。
H:7. 违约责任
P:7.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:7.2 因乙方原因导致停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
H:8. 知识产权
P:8.1 为本项目编写的PLC及HMI控制程序、接口程序的源程序及注释归甲方所有，乙方应在最终验收时移交，甲方可自行修改使用。
P:8.2 工艺配方及数据采集软件的著作权归乙方，甲方享有永久使用权。
H:9. 数据安全
P:9.1 工艺参数、配方及生产数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方设备部批准，通过甲方提供的VPN账户接入，每次操作留存记录；现场维护用电脑须经甲方病毒检查。
P:9.3 因乙方原因导致甲方数据泄露、丢失或生产系统遭受病毒侵害的，乙方应立即报告甲方并承担赔偿责任。
H:10. 保密
P:双方对在合作中知悉的对方技术资料和商业信息负有保密义务，保密期至合同终止后三年。
H:11. 分包
P:拆旧及布线工作如需分包，须事先取得甲方书面同意；乙方对分包单位的工作质量和施工安全负责。
H:12. 合同解除
P:乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:13. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交无锡仲裁委员会仲裁。
H:14. 施工与安全
P:14.1 施工期间乙方应遵守甲方安全生产规定，动火、登高及带电作业须提前办理审批，施工人员须接受甲方安全教育并佩戴防护用品。
P:14.2 乙方应在每条线停线前3日提交停线改造方案，包括拆旧顺序、接线图、回退方案和人员安排，经甲方生产部和设备部会签后实施。
P:14.3 改造期间拆下的旧控制柜、旧变频器归甲方所有，由乙方搬运至甲方指定仓库。
H:15. 培训与资料
P:15.1 乙方应为甲方操作工和电气维修人员分别提供现场培训，每条线不少于两个班次，培训后进行考核。
P:15.2 乙方应在最终验收时移交电气原理图、接线图、PLC及HMI程序备份、参数清单、设备说明书和维护手册各两套，并提供电子版。
H:16. 廉洁与知识产权担保
P:16.1 乙方承诺在合同订立和履行过程中遵守廉洁从业规定，不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况通报相关主管部门。
P:16.2 乙方保证其提供的软件、设备及技术资料不侵犯任何第三方的知识产权。第三方就此提出权利主张的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:17. 不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，履行期限相应顺延。
H:18. 通知
P:双方的通知以书面形式送达合同首部载明的地址或指定联系人的电子邮箱，变更联系方式的应提前书面告知对方。
H:19. 其他
P:19.1 本合同附件包括技术规格书和设备清单，与本合同具有同等效力。
P:19.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：宜兴华缆电线电缆有限公司　　乙方（盖章）：常州创控自动化工程有限公司
P:日期：2026年　月　日
"""

# z03  家政服务连锁 (20 家门店) 派单及会员 SaaS + 实施, .txt, 一、（一）
Z03 = """家政派单及会员管理云服务合同

合同编号：JZ-YF-2026-008
甲方（客户）：成都安心到家家政服务有限公司
乙方（服务商）：成都云帆智联科技有限公司

鉴于甲方在成都市经营家政服务门店20家，需要统一的派单、排班及会员管理系统；乙方提供“云帆家政通”云服务平台。双方经协商一致，就甲方订阅该平台及乙方提供实施服务事宜订立本合同。

一、服务内容
（一）乙方为甲方20家门店开通“云帆家政通”平台的派单调度、家政员排班、会员储值与积分、客户评价及经营报表等功能，并提供客户下单小程序。
（二）乙方提供实施服务：历史会员及订单数据迁移、门店与家政员信息配置、小程序上线、与甲方财务软件的收款对账接口开发，以及店长和调度员培训。
（三）平台部署在乙方租用的境内云服务器上，乙方负责平台的运行、维护和版本升级。

二、服务期限
（一）订阅服务期自2026年3月1日起至2028年2月29日止，共两个服务年度。
（二）实施服务应在合同签订后45日内完成，并通过上线验收。

三、费用
（一）订阅费按门店计算，每家门店每个服务年度6,800元，20家门店每个服务年度合计136,000元，两个服务年度合计272,000元。
（二）实施费为一次性费用58,000元。
（三）本合同总价为330,000元（含税）。甲方在服务期内增加门店的，按每家门店每个服务年度6,800元按月折算。

四、付款
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费自上线验收合格之日起计收，按季度结算，甲方在每个季度结束后15个工作日内支付当季订阅费。
（三）乙方应在付款前开具增值税专用发票。

五、上线验收
（一）验收标准：历史会员余额、积分与甲方原系统逐户核对一致；20家门店账号全部开通；派单、改派、取消、结算全流程测试通过；小程序通过平台审核并可正常下单；收款对账接口连续7日与财务软件核对无差异。
（二）甲方在收到验收申请后5个工作日内组织验收，合格后签署上线验收单。系统开通或甲方试用不视为验收合格。

六、服务水平
（一）乙方保证平台每月可用率不低于99.5%，计划内维护须提前3日通知甲方，并安排在每日23:00至次日6:00之间。
（二）一级故障（平台或小程序无法下单、派单）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决。
（三）月可用率每低于承诺值0.1个百分点，减免当月订阅费的5%；一级故障响应超时的，每次减免当月订阅费的2%。减免额在下一期订阅费中抵扣。

七、续期
（一）服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方有权按其届时公布的价目表调整订阅费，并在续期前通知甲方；甲方未提出异议的，按调整后的价格执行。

八、数据安全
（一）甲方的会员信息、订单记录、家政员个人信息等数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应落实等级保护第三级要求，对个人信息加密存储，设置访问权限并保留操作日志，每日备份。
（三）发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

九、保密
双方对在合作中知悉的对方商业信息和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后两年内继续有效。

十、知识产权
（一）“云帆家政通”平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、报表模板及收款对账接口，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用。

十一、违约责任
（一）乙方未能在约定期限内完成上线验收的，每逾期一日，向甲方支付违约金300元。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应予赔偿。

十二、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已预收而未使用的费用。
（二）平台连续两个月可用率低于98%的，甲方有权解除合同。

十四、双方的其他义务
（一）甲方应指定一名项目联系人，按时提供门店、家政员、服务项目及价格等基础资料，并对资料的真实性负责。
（二）甲方应组织各门店店长及调度员参加培训。乙方应提供不少于三场集中培训和一场线上答疑，并提供操作手册和短视频教程。
（三）乙方应提供工作日9:00至21:00的在线客服和全天候故障热线，并指定一名客户成功经理，每季度与甲方回顾一次系统使用情况。
（四）乙方对平台进行版本升级的，应提前7日通知甲方，重大功能变更须征得甲方同意，不得降低甲方已订阅的功能。
（五）短信、电子签章等第三方增值服务按实际用量由甲方另行结算，单价以双方书面确认的报价为准。

十五、廉洁与知识产权担保
（一）乙方承诺在合同订立和履行过程中遵守廉洁从业规定，不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况通报相关主管部门。
（二）乙方保证其提供的软件、设备及技术资料不侵犯任何第三方的知识产权。第三方就此提出权利主张的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
（三）乙方应确保小程序及平台内使用的字体、图片和地图服务均已取得合法授权。

十六、不可抗力
因自然灾害、公共卫生事件、电信运营商大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，由此造成的中断不计入不可用时间，但乙方应在不可抗力消除后尽快恢复服务。

十七、服务报告
乙方应在每月前5个工作日内向甲方提供上月服务报告，内容包括平台可用率、故障记录及处理情况、派单量和会员数据统计，以及服务费减免的计算明细。甲方对报告有异议的，双方在10个工作日内核对确认。

十八、通知
双方的通知应以书面形式送达本合同载明的地址，或发送至双方指定联系人的电子邮箱。一方变更联系方式的，应在变更后3日内通知对方。

十九、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

二十、其他
（一）本合同附件包括功能清单、实施计划和服务价目确认单，与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都安心到家家政服务有限公司　　乙方（盖章）：成都云帆智联科技有限公司
签约日期：2026年2月　日
"""

# z04  住房公积金中心 贷款审批系统 年度运维, 竞争性磋商, .txt, 一、 with （1）
Z04 = """住房公积金个人贷款审批系统运维服务合同

项目编号：LHGJJ-CS-2026-02（竞争性磋商）
采购人（甲方）：临河市住房公积金管理中心
供应商（乙方）：临河市正源信息技术服务有限公司

甲方就“住房公积金个人贷款审批系统运维服务”项目以竞争性磋商方式组织采购，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件及乙方响应文件，双方订立本合同。

一、服务范围
（1）运维对象：甲方住房公积金个人贷款审批系统（含网上申请、审批流、不动产抵押登记接口、银行放款接口）及其应用服务器、数据库和中间件。
（2）服务内容：驻场运维、日常巡检、性能优化、版本发布配合、安全加固与漏洞修复、应急保障与灾备演练、运维文档维护。
（3）乙方派驻运维工程师2名，工作日8:30至17:30在甲方现场值守，节假日安排电话值班，重大节假日前完成专项巡检。

二、服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期。

三、合同价款
（1）本合同总价为人民币486,000元（含税），为固定价格。明细：驻场运维312,000元；系统巡检与性能优化68,000元；应急保障与灾备演练54,000元；安全加固与漏洞修复52,000元。
（2）除上述价款外，甲方不再支付其他费用。备件、第三方软件由甲方另行采购。

四、付款方式
（1）服务费按季度支付，每季度121,500元。
（2）每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费；考核扣款从当季服务费中扣除。
（3）甲方不向乙方预付任何款项。

五、服务水平
（1）系统可用率：工作日服务时间内系统月可用率不低于99.95%，因甲方网络或第三方系统原因造成的中断不计入。
（2）一级故障（系统无法办理贷款申请或放款）：15分钟内响应，1小时内到场，2小时内恢复业务；二级故障：30分钟内响应，8小时内解决；三级故障：1个工作日内解决。
（3）乙方每次超过上述时限的，甲方扣减服务费1,000元；月可用率每低于约定值0.01个百分点，扣减服务费2,000元。
（4）乙方每月提交运维报告，每季度提交巡检及优化报告。

六、考核与验收
（1）季度考核指标：故障响应及解决及时率、巡检完成情况、运维报告质量、用户满意度，考核办法见磋商文件附件。
（2）服务期满前，甲方组织年度验收，验收标准为：全年服务水平达到第五条要求、灾备演练完成并形成报告、运维文档及知识库完整移交。年度验收合格后退还履约保证金。

七、数据安全
（1）贷款申请人身份信息、收入及房产信息、贷款数据等均属甲方所有。乙方仅为履行本合同接触数据，不得复制、下载、留存或用于其他目的。
（2）乙方人员须通过甲方堡垒机操作，账号实名并专人专用，禁止使用个人存储设备；生产数据不得带出甲方机房。
（3）发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

八、保密
乙方及其人员对知悉的甲方工作秘密和业务信息负有保密义务，驻场人员须签署保密承诺书。本条在合同终止后继续有效。

九、知识产权
运维过程中形成的脚本、配置文档、应急预案及知识库，知识产权归甲方所有，乙方应在服务期满时完整移交。

十、人员与分包
（1）乙方不得将本合同服务分包或转包。
（2）驻场人员更换须提前10日征得甲方同意，新人员资质不得低于原人员。

十一、违约责任
（1）乙方未按约定日期完成进场交接的，每逾期一日，按合同总价的千分之一支付违约金。
（2）因乙方原因造成系统重大故障或数据安全事件的，乙方除支付违约金外，还应赔偿甲方全部损失。
（3）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十二、合同解除
乙方严重违约，或年内发生两次以上因乙方原因造成的一级故障，经甲方书面催告后10日内未整改的，甲方有权解除合同。

十三、运维管理要求
（1）乙方应建立运维工作台账，记录每次变更、故障处理和巡检情况，变更须按甲方变更管理流程提交申请，经甲方信息科审批后在非业务时间实施。
（2）乙方应在服务期开始后30日内完成系统现状评估，提交运维方案、应急预案和巡检清单，经甲方确认后执行。
（3）乙方每半年组织一次灾备切换演练，演练方案须经甲方批准，演练结束后5个工作日内提交演练报告。
（4）乙方应配合甲方完成等级保护测评、审计检查和上级部门的安全检查，并在规定期限内完成整改。
（5）乙方应每月对数据库备份进行恢复验证，确保备份数据可用。
（6）每逢月末、年末结息和缴存基数调整等业务高峰期，乙方应提前制定保障方案，增派技术人员现场值守，并在高峰期结束后提交保障总结。

十四、交接与退出
服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商完成交接，移交全部账号、文档、脚本、知识库及未结工单，并配合新服务商平稳过渡；交接完成前乙方不得撤离驻场人员。

十五、廉洁与合规
（1）乙方承诺在合同订立和履行过程中遵守廉洁从业规定，不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况通报相关主管部门。
（2）乙方人员应遵守甲方考勤、着装和办公秩序管理规定，不得擅自使用甲方办公设备办理与本合同无关的事务。
（3）乙方应依法为驻场人员缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责处理。
（4）乙方应确保其使用的运维工具软件来源合法，不含恶意代码，使用前须经甲方安全检测。

十六、知识转移
乙方应在服务期内建立并持续更新系统运维知识库，内容包括系统架构说明、常见故障处理手册、接口清单及联系人、应急操作步骤，每季度向甲方信息科进行一次知识转移讲解，确保甲方技术人员掌握系统日常运维要点。

十七、履约保证金
乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行转账或银行保函形式。乙方发生违约的，甲方可从履约保证金中扣除相应违约金和赔偿金，乙方应在收到通知后10个工作日内补足。年度验收合格且无未结违约事项的，甲方在15个工作日内无息退还履约保证金。

十八、不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。

十九、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

二十、其他
（1）履约保证金按第十七条办理。
（2）磋商文件、响应文件及成交通知书为本合同组成部分。
（3）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临河市住房公积金管理中心　　乙方（盖章）：临河市正源信息技术服务有限公司
日期：2025年12月　日
"""

# z05  鱼丸厂 质检及仓储 软件许可 + 定制开发, the supplier's template, .md, ## 第X条, markdown price table
Z05 = """# 软件产品许可及定制开发合同

**瀚海软件标准合同文本 V3.0**

- 合同编号：HH-XS-2026-0315
- 甲方（用户）：福州闽海鲜食品有限公司
- 乙方（供应商）：福州瀚海软件技术有限公司

甲方为提升鱼丸、鱼糜制品生产的质量检验和冷库仓储管理水平，向乙方购买“瀚海质检管理系统”“瀚海仓储管理系统”软件许可，并委托乙方进行定制开发。双方依据本文本订立合同如下。

## 第一条 产品与服务

1. 乙方向甲方提供质检管理系统和仓储管理系统的永久使用许可，各含20个用户。
2. 乙方为甲方定制开发冷库温控数据对接、原料到成品批次追溯、电子秤称重接口及出入库扫码功能。
3. 乙方负责安装部署、基础数据初始化和操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 瀚海质检管理系统许可（永久，20用户） | 168,000 |
| 2 | 瀚海仓储管理系统许可（永久，20用户） | 196,000 |
| | 软件许可小计 | 364,000 |
| 3 | 定制开发（温控对接、批次追溯、称重接口、扫码出入库） | 238,000 |
| 4 | 安装部署及培训 | 46,000 |
| | 合计 | 648,000 |

合同总价为人民币648,000元，含增值税。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的65%，即421,200元，乙方收款后启动项目。
2. 系统上线后10个工作日内，甲方支付合同总价的35%，即226,800元。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清。

## 第四条 交付与上线

1. 乙方在收到首期款后60日内完成软件安装和定制开发，具备上线条件后通知甲方。
2. 交付时间为乙方预计时间，因需求调整、甲方配合或硬件环境等原因延误的，交付时间相应顺延。乙方将尽力按期交付。

## 第五条 验收

系统在甲方环境上线运行，即视为甲方验收合格。甲方上线后提出的意见，乙方在后续版本中酌情改进。

## 第六条 免费维护

1. 免费维护期为系统上线之日起六个月。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 一级故障（系统无法登录或无法出入库）乙方在8小时内响应，二级故障在2个工作日内响应。
3. 乙方将尽力处理故障，但不对故障处理时间作出保证，亦不承担扣款、赔偿或违约金。

## 第七条 有偿维护

免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

## 第八条 知识产权

1. 软件产品及定制开发成果（包括源代码、接口程序、报表和文档）的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

## 第九条 数据

1. 甲方业务数据归甲方所有。乙方应采取权限控制、加密存储和日志审计等措施保护甲方数据，发生泄露时在48小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。
2. 甲方同意，乙方可将甲方数据经脱敏和汇总处理后，用于乙方产品改进、行业质量分析及案例展示，该等使用不受合同期限限制。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，保密期为合同终止后两年。

## 第十一条 责任限制

1. 任何一方违约的，应承担相应的违约责任。
2. 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%，且不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 培训与资料

1. 乙方在系统上线前为甲方质检员、仓管员和系统管理员提供两次现场培训，培训时间和人数由双方商定。
2. 乙方交付用户手册、管理员手册和接口说明各一份，以电子版形式提供。

## 第十三条 双方义务

1. 甲方应提供满足乙方要求的服务器、网络、电子秤、手持终端和冷库温控设备，并确保设备正常运行。因甲方硬件环境原因导致的功能异常不属于软件故障。
2. 甲方应指定项目负责人，及时确认需求、提供基础数据，并组织用户参加培训。
3. 乙方应按本合同约定完成软件安装、定制开发和培训，并对甲方提出的问题给予答复。
4. 甲方新增需求或变更已确认需求的，乙方另行报价，双方签订补充协议后实施。

## 第十四条 甲方的配合

1. 甲方应在乙方实施期间安排熟悉质检流程和仓储流程的业务人员全程参与需求调研、流程确认和数据整理，并在乙方提交需求确认书后3个工作日内书面确认。
2. 甲方应提供原料、半成品、成品的物料编码、检验标准、库位编码和客户资料等基础数据，并对数据的准确性负责。
3. 甲方应为乙方实施人员提供必要的办公场所和网络条件，远程接入方式由甲方确定。
4. 甲方自行修改系统配置、数据库或安装其他软件导致系统异常的，乙方可提供有偿技术服务。

## 第十五条 软件升级

1. 乙方将根据产品规划发布标准产品新版本。免费维护期内甲方可免费升级至新版本，升级由乙方远程实施，升级前乙方应通知甲方并做好数据备份。
2. 定制开发功能在标准产品升级后的适配工作，在免费维护期内由乙方负责，免费维护期满后按有偿维护办理。

## 第十六条 交付物

1. 乙方交付的软件介质、安装包及授权文件以乙方发出的交付清单为准，甲方应在收到后核对签收。
2. 软件授权与甲方服务器硬件信息绑定。甲方更换服务器的，应提前通知乙方重新生成授权文件，每个服务年度内免费办理两次，超出部分按乙方标准收费。
3. 甲方不得将软件安装于本合同约定以外的工厂或提供给关联公司使用，如需扩展使用范围，应另行购买许可。

## 第十七条 通知

双方的通知以书面形式送达本合同载明的地址，或发送至双方指定联系人的电子邮箱。需求确认、上线通知和付款通知可通过电子邮件发送，发出后次日视为送达。一方变更地址或联系人的，应及时书面通知对方，未通知的，按原地址送达视为有效送达。

## 第十八条 不可抗力

因不可抗力导致合同不能履行或不能按期履行的，受影响一方不承担责任，但应及时通知对方。

## 第十九条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除合同。

## 第二十条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第二十一条 其他

1. 本文本为乙方标准合同文本，双方补充约定以附件形式另行签署。
2. 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：福州闽海鲜食品有限公司　　　乙方（盖章）：福州瀚海软件技术有限公司

日期：2026年　月　日
"""

# e01  software licence (perpetual licences + services), vendor in Almaty, Kazakhstan; .pdf, Article N
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TSG-IT-2026-021
P:This Agreement is made between Xinjiang Tianshan Grain Storage Co., Ltd., a company registered in Urumqi, Xinjiang, People's Republic of China (the "Buyer"), and Steppe Logic LLP, a limited liability partnership registered in Almaty, Republic of Kazakhstan (the "Vendor").
P:Background: The Buyer operates four grain elevators and a central dispatch office. The Vendor develops ElevatorPro, a software product for grain receiving, weighbridge recording, silo inventory and dispatch. The Buyer wishes to buy perpetual licences of ElevatorPro and related implementation services, and the Vendor has agreed to supply them on the terms below. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means ElevatorPro version 6, including its server components, client applications and documentation.
P:1.2 "Custom Deliverables" means the weighbridge interface, the Chinese-language report set and any other item developed by the Vendor specifically for the Buyer under this Agreement, including source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software at the Buyer's sites, including weighing records, quality readings, stock figures and supplier details.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licences and perform the services described in Annex 1: installation on the Buyer's servers in Urumqi, configuration for four elevators, migration of opening stock balances, development of the Custom Deliverables and training of operators and administrators.
P:2.2 The Software shall run on the Buyer's own servers. The Vendor shall not host any part of the Software or Buyer Data.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 830,000, inclusive of all taxes and of the Vendor's travel costs, made up as follows:
P:(a) server licence, perpetual: CNY 320,000;
P:(b) 40 named-user licences, perpetual, at CNY 4,500 each: CNY 180,000;
P:Licence subtotal: CNY 500,000;
P:(c) implementation and configuration: CNY 210,000;
P:(d) weighbridge interface development: CNY 96,000;
P:(e) training: CNY 24,000.
P:3.2 The Contract Price is fixed and shall not be increased for any reason other than a written change order signed by both parties.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 166,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 373,500) within 20 days after Go-Live, meaning the first day on which all four elevators record receipts in the Software. Go-Live is not acceptance.
P:4.3 35% of the Contract Price (CNY 290,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 100 days after signature of this Agreement.
P:5.2 Acceptance tests shall be carried out under a test plan agreed by the parties within 30 days after signature. The criteria include: every function in Annex 2 passes its test case; weights recorded by the Software match the weighbridge display for 200 consecutive weighings; stock figures in the Software reconcile with a physical count at each elevator within the tolerance stated in the test plan; the dispatch reports in Chinese are complete; and the Software runs for 30 consecutive days after Go-Live without a Severity 1 fault.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. If any criterion is not met, the Vendor shall correct the defect and repeat the relevant test at its own cost. Installation, Go-Live, use of the Software or payment shall not be treated as acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 2 for a warranty period of six months from Final Acceptance.
P:6.2 During the warranty period the Vendor shall correct any defect free of charge and supply free updates and patches.
P:6.3 Fault response during the warranty period and any support period: Severity 1 (weighing or receiving stopped at any elevator) - remote response within 1 hour and a workaround within 8 hours; Severity 2 (a function impaired) - response within 1 business day. For each hour by which the Vendor misses a Severity 1 response time, the Vendor shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Article 7 Annual Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support, covering updates, defect correction and remote assistance at the levels in Article 6.3.
P:7.2 The annual support fee is 14% of the licence subtotal, that is CNY 70,000 per year, and shall not be increased for the first three years of support. Any later change requires the Buyer's written agreement.
P:7.3 Support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property in the Software. The licences granted under this Agreement are perpetual, non-exclusive and cover use by the Buyer and its affiliates in the People's Republic of China.
P:8.2 All rights in the Custom Deliverables vest in the Buyer upon payment. The Vendor shall deliver their source code with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through other contractors.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy it, transfer it out of the Buyer's systems or use it for any other purpose.
P:9.2 Remote access by the Vendor is permitted only through the Buyer's VPN, with individual accounts, after the Buyer's approval of each session. All sessions are logged. The Vendor's staff shall follow the Buyer's information security rules and the Data Security Law and Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of or alteration of Buyer Data connected with its work, shall assist the Buyer in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price, except for liability under Article 9 and for personal injury or wilful misconduct, which are not limited.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for services not performed, and the Buyer shall return or destroy the licence keys for which no payment was made.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or border closures, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Time for performance is extended by the period of the event.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final and binding on both parties.
H:Article 15 Anti-bribery and Notices
P:15.1 Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other advantage to an employee or agent of the other party in order to obtain or keep business under this Agreement. A breach of this paragraph by the Vendor is a material breach, and the Buyer may report it to the competent authorities.
P:15.2 Notices. Notices under this Agreement shall be in writing in Chinese or English and sent by courier or by e-mail to the contact persons named by each party on signature. A notice sent by e-mail is received on the next working day after sending unless the sender receives a delivery failure message. Each party shall inform the other of any change of contact details within 5 working days.
H:Article 16 General
P:16.1 This Agreement is made in Chinese and English. Both versions have equal force.
P:16.2 Annex 1 (Scope of Services and Project Plan) and Annex 2 (Functional Specification) form part of this Agreement.
P:16.3 Any amendment must be in writing and signed by both parties. Notices shall be sent to the addresses stated below by courier or e-mail with confirmation.
P:For the Buyer: Xinjiang Tianshan Grain Storage Co., Ltd. Name: ____________ Title: ____________ Date: ____________
P:For the Vendor: Steppe Logic LLP. Name: ____________ Title: ____________ Date: ____________
"""

# e02  SaaS order form + General Terms, vendor in Tashkent, Uzbekistan; .md, numbered clauses
E02 = """# ORDER FORM No. CC-2026-0117

**Caravan Cloud LLC** - Shipment Visibility Platform

| Item | Details |
|---|---|
| Vendor | Caravan Cloud LLC, 14 Amir Temur Avenue, Tashkent, Republic of Uzbekistan |
| Customer | Kashgar Silk Road Freight Forwarding Co., Ltd., Kashgar, Xinjiang, People's Republic of China |
| Service | Caravan Track - web platform and mobile app for tracking road and rail shipments between China and Central Asia |
| Subscription Term | two Subscription Years, from 1 April 2026 to 31 March 2028 |
| Currency | Chinese yuan (CNY), at the Customer's request |

## Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Platform subscription, per Subscription Year | 2 | 96,000 | 192,000 |
| User seats, per seat per Subscription Year | 35 seats x 2 | 1,800 | 126,000 |
| Onboarding (one-time) | 1 | 22,000 | 22,000 |
| **Total Fees for the Subscription Term** | | | **340,000** |

Included volume: up to 6,000 tracked shipments per Subscription Year. Further shipments are charged at CNY 6 per shipment, invoiced quarterly in arrears.

## Payment

- Subscription and seat fees are invoiced quarterly in advance at the start of each calendar quarter of the Subscription Term (CNY 39,750 per quarter).
- The onboarding fee is invoiced after Go-Live Acceptance.
- Invoices are payable within 30 days by bank transfer.

## Onboarding

Caravan Cloud will configure the Customer's account, import the Customer's carrier list, route master data and open shipments, connect the two GPS providers used by the Customer's carriers, and train the Customer's dispatchers. Target Go-Live date: 15 May 2026.

This Order Form is governed by the General Terms below. If they conflict, this Order Form prevails.

Signed for the Customer: ____________________ Date: __________

Signed for Caravan Cloud LLC: ____________________ Date: __________

---

# GENERAL TERMS FOR CARAVAN TRACK

## 1. Definitions

1.1 "Service" means the Caravan Track platform, mobile app and related support described in the Order Form.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including shipment records, consignee and driver details, locations and documents.

1.3 "Subscription Year" means the period from 1 April 2026 to 31 March 2027 or the period from 1 April 2027 to 31 March 2028, as the case may be.

1.4 "Go-Live Acceptance" means the Customer's written confirmation under clause 3.2.

## 2. The Service

2.1 Caravan Cloud grants the Customer and its employees a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 Caravan Cloud may improve the Service from time to time, provided that it does not materially reduce the functions the Customer has subscribed to.

2.3 The Service is hosted on Alibaba Cloud in its Shanghai region.

## 3. Onboarding and Go-Live Acceptance

3.1 Caravan Cloud shall complete the onboarding described in the Order Form by the Target Go-Live date.

3.2 Go-Live Acceptance takes place when the following tests are passed: (a) all open shipments are imported and match the Customer's list; (b) three test shipments are tracked end to end with position updates at least every 30 minutes; (c) all 35 user accounts can log in and receive alerts; and (d) the weekly customer report is produced in Chinese and Russian. The Customer shall confirm the result within 5 working days after a test run. Creating accounts or using the Service for live shipments does not by itself constitute Go-Live Acceptance.

3.3 If Go-Live Acceptance is not reached by the Target Go-Live date for reasons attributable to Caravan Cloud, Caravan Cloud shall pay the Customer CNY 250 for each day of delay, up to a total of CNY 22,000.

## 4. Service Availability and Support

4.1 Caravan Cloud will use commercially reasonable efforts to make the Service available 24 hours a day, 7 days a week, except for planned maintenance and events beyond its control.

4.2 Support is provided by e-mail and through the in-app chat on business days in Tashkent, from 9:00 to 18:00 local time. Caravan Cloud will respond to support requests as soon as practicable.

## 5. Customer Data

5.1 Customer Data belongs to the Customer. Caravan Cloud may use Customer Data only to provide the Service to the Customer and shall not sell it or use it for any other purpose.

5.2 During the Subscription Term and for 30 days afterwards the Customer may export Customer Data in CSV format. After that period Caravan Cloud will delete Customer Data from the Service.

## 6. Customer Configurations

Report layouts, alert rules, route templates and other configurations created for the Customer during onboarding or at its request belong to the Customer. The Customer may use, copy and modify them freely and may pass them to any successor provider. Caravan Cloud keeps all rights in the Service itself.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party under this agreement, including prices, customer lists and business plans, and shall use it only for the purposes of this agreement.

7.2 This obligation does not apply to information that is public, already known to the recipient or required to be disclosed by law, and it continues for three years after the end of the Subscription Term.

## 8. Fees and Taxes

8.1 Fees are stated in the Order Form and are fixed for the Subscription Term.

8.2 Prices include all taxes payable in Uzbekistan. Chinese withholding taxes, if any, shall be deducted as required by law and the Customer shall provide the tax certificate.

## 9. Subcontracting

Caravan Cloud shall not subcontract the performance of the Service without the Customer's prior written consent. The Customer approves the use of Alibaba Cloud as hosting provider. Caravan Cloud remains responsible for any subcontractor.

## 10. Liability

10.1 Each party's total liability under this agreement is limited to 150% of the Total Fees for the Subscription Term.

10.2 Neither party is liable for indirect or consequential loss. The limits do not apply to breach of clause 7 or to wilful misconduct.

## 11. Term, Renewal and Termination

11.1 The agreement runs for the Subscription Term in the Order Form. It renews for a further Subscription Year at the same fees unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.2 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.

11.3 If the Customer terminates under clause 11.2, Caravan Cloud shall refund the fees paid for the period after termination.

## 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitration shall be conducted in Chinese.

## 13. Compliance

13.1 Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other advantage to an employee or agent of the other party in order to obtain or keep business under this agreement. A breach of this paragraph by the Caravan Cloud is a material breach, and the Customer may report it to the competent authorities.

13.2 Taxes and bank charges. Prices include all taxes, duties and charges payable outside the People's Republic of China. Where Chinese withholding tax applies, the Customer shall withhold it as required by law and provide the tax payment certificate, and the amount withheld is treated as paid to the Caravan Cloud.

13.3 Records and reports. The Caravan Cloud shall keep complete records of the work performed, incidents handled and changes made, and shall make them available to the Customer on request. Monthly reports shall be in English with a Chinese summary and shall be sent within 5 working days after the end of each month. Each report shall list the tracked shipments, open support requests and any GPS provider outages.

13.4 Each party shall comply with the export-control and customs rules that apply to it. Caravan Cloud is not responsible for the accuracy of data supplied by the Customer's carriers, but it shall inform the Customer promptly when a GPS provider connection fails.

## 14. General

14.1 Notices. Notices under this agreement shall be in writing in Chinese or English and sent by courier or by e-mail to the contact persons named by each party on signature. A notice sent by e-mail is received on the next working day after sending unless the sender receives a delivery failure message. Each party shall inform the other of any change of contact details within 5 working days.

14.2 Neither party may assign this agreement without the other party's written consent.

14.3 These General Terms and the Order Form are the entire agreement between the parties about the Service.
"""

# e03  hardware / sensors for a cold-store site, buyer's paper, vendor in Bishkek, Kyrgyzstan; .docx, Section N.N
E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE MONITORING SYSTEM
P:Contract No. HM-CC-2026-009
P:Buyer: Hami Tianyuan Cold Chain Logistics Co., Ltd., Hami, Xinjiang, People's Republic of China (the "Buyer")
P:Supplier: Ala-Too Sensor Systems LLC, Bishkek, Kyrgyz Republic (the "Supplier")
P:The Buyer operates a cold store site in Hami with eight cold rooms, two freezer rooms and an ammonia refrigeration plant. The Buyer invited quotations for a wireless monitoring system and accepts the Supplier's quotation of 12 January 2026. This Contract is issued on the Buyer's standard terms for equipment purchases. All prices are in Chinese yuan (CNY).
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, detectors and other hardware listed in Section 2.
P:1.2 "Software" means the monitoring software licensed under Section 2, including its alarm, reporting and mobile notification functions.
P:1.3 "System" means the Equipment and the Software installed, configured and calibrated at the site.
P:1.4 The Supplier shall deliver, install, configure and calibrate the System, connect it to the Buyer's on-site server, set up the alarm rules and dashboards agreed with the Buyer, and train the Buyer's staff.
H:Section 2 Price
P:2.1 The Contract Price is CNY 500,000, inclusive of taxes, duties, transport to the site, insurance and all services listed in Section 1.4. The price is fixed. The items are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|180|1,150|207,000
TB:2|LoRa gateway with 4G backup|6|8,800|52,800
TB:3|Door-open sensor|48|425|20,400
TB:4|Ammonia leak detector with local siren|12|6,400|76,800
TB:5|Monitoring software licence, perpetual, single site|1|88,000|88,000
TB:|Hardware and Licence Subtotal|||445,000
TB:6|Installation, configuration and calibration|1|46,500|46,500
TB:7|Training|1|8,500|8,500
TB:|Contract Price|||500,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 100,000) is payable within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 45% of the Contract Price (CNY 225,000) is payable within 15 working days after the Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 175,000) is payable within 15 working days after Final Acceptance under Section 5.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver the Equipment to the site, customs cleared, within 45 days after signature and complete installation within 20 days after delivery.
P:4.2 Installation in the freezer rooms shall be carried out in coordination with the Buyer's operations team so that goods are not exposed to unsafe temperatures.
P:4.3 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the parties shall run a 14-day acceptance test. The System passes when: (a) every temperature sensor reads within 0.3 C of a calibrated reference thermometer at three test points; (b) no sensor misses more than three scheduled readings in any day; (c) each ammonia detector triggers its siren and a mobile alarm in a gas test; (d) every door-open sensor raises an alarm after the agreed delay; and (e) the daily temperature report for the cold rooms is complete and can be exported.
P:5.2 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 5 working days. Delivery, installation or use of the System does not constitute acceptance.
H:Section 6 Warranty and Service Levels
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge and supply Software updates.
P:6.2 Severity 1 (loss of monitoring in any cold room or any ammonia alarm failure): remote response within 1 hour and a replacement part shipped within 24 hours. Severity 2 (single sensor fault): response within 1 business day.
P:6.3 For each hour by which the Supplier misses a Severity 1 response time, the Supplier shall pay the Buyer CNY 600.
P:6.4 The Supplier shall keep a stock of spare sensors and one spare gateway at the site during the warranty period.
H:Section 7 Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering repairs, replacement parts, Software updates and the service levels in Section 6.
P:7.2 The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 35,600 per year, fixed for the first three years after the warranty. Support is ordered for each year by purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The alarm rules, dashboards, site drawings and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and hand them to other contractors freely.
P:8.2 The Supplier or its licensors keep the rights in the Software and in the firmware of the Equipment. The Software licence is perpetual and irrevocable.
H:Section 9 Buyer Data
P:9.1 All readings, alarm records and reports produced by the System are Buyer Data and belong to the Buyer. They are stored on the Buyer's server at the site. The Supplier may access them only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session, uses an individual account and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 24 hours and shall be liable for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including site layouts and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:Section 11 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 9, which are not limited.
H:Section 12 Subcontracting
P:The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Section 15 Site Rules, Changes and Compliance
P:15.1 Personnel. The Supplier shall assign qualified staff who speak Chinese, English or Russian, shall name a project manager who remains in that role until the work is accepted, and shall replace any member of staff whom the Buyer reasonably asks to be replaced for misconduct or lack of skill. The Supplier's staff shall follow the Buyer's site rules and health and safety instructions when on the Buyer's premises.
P:15.2 Change control. Either party may propose changes to the scope. The Supplier shall answer each change request within 10 working days with its effect on price, time and service levels, and no change is binding until both parties have signed a written change order. The Supplier shall not charge for changes needed to correct its own defects.
P:15.3 Records and reports. The Supplier shall keep complete records of the work performed, incidents handled and changes made, and shall make them available to the Buyer on request. Monthly reports shall be in English with a Chinese summary and shall be sent within 5 working days after the end of each month. During the warranty period the report shall also list the spare parts used and the sensors replaced.
P:15.4 Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other advantage to an employee or agent of the other party in order to obtain or keep business under this Contract. A breach of this paragraph by the Supplier is a material breach, and the Buyer may report it to the competent authorities.
H:Section 16 General
P:16.1 This Contract is signed in Chinese and English; both versions have equal force.
P:16.2 The Supplier's quotation of 12 January 2026 is attached for reference only. Where it differs from this Contract, this Contract prevails.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# e04  managed service, provider in Yerevan, Armenia (Armenian law, Yerevan arbitration); .md, Clause N + schedules
E04 = """# MANAGED APPLICATION SUPPORT SERVICES AGREEMENT

**Agreement No.** ADO-QH-2026-04

**Between**

**Ararat Digital Operations CJSC**, a closed joint-stock company registered in Yerevan, Republic of Armenia (the "Provider"), and

**Qingdao Haixin Home Appliance Export Co., Ltd.**, a company registered in Qingdao, Shandong, People's Republic of China (the "Customer").

**Background.** The Customer runs a B2B export portal in Russian and English through which distributors in Russia, Central Asia and the Caucasus place orders for household appliances. The Provider supports online shops and portals for companies selling into these markets. The Customer wishes to outsource the day-to-day operation and support of the portal to the Provider on the terms below. All charges are in Chinese yuan (CNY) at the Customer's request.

## Clause 1 Definitions

1.1 "Portal" means the Customer's export portal, its order-management module, its payment and logistics interfaces and the servers listed in Schedule 1.

1.2 "Services" means the services described in Schedule 1.

1.3 "Customer Data" means all data of the Customer or its distributors processed in the course of the Services, including orders, prices, contact details and logs.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Clause 3.

## Clause 2 Term

2.1 This Agreement starts on 1 May 2026 and ends on 30 April 2028.

2.2 It does not renew automatically. Any extension requires a written amendment signed by both parties.

## Clause 3 Transition

3.1 The Provider shall complete the transition set out in Schedule 1 by 30 June 2026.

3.2 Transition Acceptance requires that: (a) the Provider's engineers have access to all systems through the Customer's bastion host; (b) runbooks for all Portal components are delivered and approved by the Customer; (c) monitoring and alerting cover every item in Schedule 1; and (d) the Provider has handled a ten-day shadow period without a missed incident. The Customer shall confirm or reject Transition Acceptance in writing within 5 working days. Handover of accounts alone is not Transition Acceptance.

3.3 If Transition Acceptance is delayed beyond 30 June 2026 for reasons attributable to the Provider, the Provider shall pay CNY 1,000 for each day of delay, up to CNY 48,000.

## Clause 4 Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,440,000.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

4.3 Invoices are payable within 30 days by bank transfer. Charges are fixed for the term.

## Clause 5 Service Levels

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the service credits in Schedule 2 apply. Credits are deducted from the next invoice. Credits do not limit the Customer's other rights.

## Clause 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Portal and Customer Data remain on the Customer's servers. The Provider's engineers shall access them only through the Customer's bastion host with individual accounts and multi-factor authentication. The Provider shall not copy Customer Data to its own systems or to any device.

6.3 The Provider shall comply with the Customer's security policies and with the personal-information rules that apply to the Customer's distributors' data.

6.4 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting the Portal or Customer Data, shall help to contain it, and shall be liable for losses caused by its breach of this Clause 6.

## Clause 7 Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This Clause survives for three years after the end of the Agreement.

## Clause 8 Intellectual Property

Runbooks, scripts, monitoring configurations, code changes to the Portal and documentation produced under this Agreement belong to the Customer from creation. The Customer may use, modify and license them freely, including to a successor provider. The Provider keeps its general tools and know-how.

## Clause 9 Subcontracting and Personnel

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

9.2 The Provider shall name a service manager and at least four engineers. Replacement of the service manager requires the Customer's consent.

## Clause 10 Liability

The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Clause 6 or Clause 7, or to wilful misconduct.

## Clause 11 Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if availability falls below 99.0% in two consecutive months.

11.2 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at no extra charge.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the Republic of Armenia.

12.2 Any dispute shall be finally settled by arbitration at the Arbitration Centre of the Chamber of Commerce and Industry of the Republic of Armenia in Yerevan. The language of arbitration is English.

## Clause 13 Governance and Compliance

13.1 Records and reports. The Provider shall keep complete records of the work performed, incidents handled and changes made, and shall make them available to the Customer on request. Monthly reports shall be in English with a Chinese summary and shall be sent within 5 working days after the end of each month.

13.2 Change control. Either party may propose changes to the scope. The Provider shall answer each change request within 10 working days with its effect on price, time and service levels, and no change is binding until both parties have signed a written change order. The Provider shall not charge for changes needed to correct its own defects.

13.3 Personnel. The Provider shall assign qualified staff who speak Chinese, English or Russian, shall name a project manager who remains in that role until the work is accepted, and shall replace any member of staff whom the Customer reasonably asks to be replaced for misconduct or lack of skill.

13.4 Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other advantage to an employee or agent of the other party in order to obtain or keep business under this Agreement. A breach of this paragraph by the Provider is a material breach, and the Customer may report it to the competent authorities.

## Clause 14 General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties.

14.2 Amendments must be in writing and signed by both parties.

14.3 Notices. Notices under this Agreement shall be in writing in Chinese or English and sent by courier or by e-mail to the contact persons named by each party on signature. A notice sent by e-mail is received on the next working day after sending unless the sender receives a delivery failure message. Each party shall inform the other of any change of contact details within 5 working days.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

---

## Schedule 1 - Services

| Service | Description |
|---|---|
| Monitoring | Round-the-clock monitoring of the Portal, servers, database and interfaces |
| Incident management | Diagnosis and restoration of faults; root-cause reports for P1 incidents |
| Application support | Minor changes, configuration, price-list uploads, user administration |
| Release support | Testing and deployment of up to two releases a month |
| Security patching | Monthly patching of operating systems and components |
| Transition | Knowledge transfer, runbooks, monitoring set-up, ten-day shadow period |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Portal availability, per month | 99.95% | 5% of the monthly charge if below target; 10% if below 99.5% |
| P1 incident (Portal down or orders cannot be placed) - response | 30 minutes | CNY 1,000 per 30 minutes late |
| P1 incident - restoration | 3 hours | CNY 2,000 per hour late |
| P2 incident (a function impaired) - response | 2 hours | CNY 500 per hour late |
| P3 request - completion | 3 business days | none |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 48,000 |
| Monthly service charge | 24 months x CNY 58,000 | 1,392,000 |
| Total Contract Value | | 1,440,000 |
"""

# e05  data API subscription, vendor in Ulaanbaatar, Mongolia; .txt, UPPER-CASE headings
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. KD-EN-2026-06

PARTIES

Khangai Data LLC, a limited liability company registered in Ulaanbaatar, Mongolia ("Khangai Data"); and

Erenhot Northbridge Trade Co., Ltd., a company registered in Erenhot, Inner Mongolia, People's Republic of China (the "Customer").

BACKGROUND

The Customer imports coal, copper concentrate, livestock products and cashmere from Mongolia through the Erenhot and other border crossings. Khangai Data collects and publishes Mongolian market prices, border-crossing queue times, rail wagon availability and freight rates, and makes them available through a data API. The Customer wishes to use this data in its purchasing and logistics systems. The fees are stated in Chinese yuan (CNY) at the Customer's request.

1. DEFINITIONS

1.1 "API" means Khangai Data's application programming interface for the data sets listed in the Schedule, with its documentation.

1.2 "Data" means the data delivered to the Customer through the API.

1.3 "Customer Query Data" means the queries, parameters, identifiers and usage logs generated by the Customer's use of the API.

1.4 "Subscription Year" means the period from 1 June 2026 to 31 May 2027 or the period from 1 June 2027 to 31 May 2028.

1.5 "Go-Live" means the date on which the Customer confirms in writing that production access meets the conditions in clause 4.2.

2. SUBSCRIPTION

2.1 Khangai Data grants the Customer a non-exclusive, non-transferable licence to use the Data within its group for its own business during the Subscription Term, including in internal reports and purchasing decisions.

2.2 The Customer shall not resell the Data or publish it in bulk.

2.3 The Subscription Term is two Subscription Years, from 1 June 2026 to 31 May 2028. The Agreement ends at the end of the Subscription Term unless the parties sign a new order.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 186,000 per Subscription Year and includes up to 2,000,000 API calls per month. Calls above that volume are charged at CNY 0.02 per call, invoiced monthly in arrears.

3.2 The one-time onboarding fee is CNY 16,000. It covers a sandbox, integration support for the Customer's ERP and logistics systems, and a custom daily border report in Chinese.

3.3 The total fees for the Subscription Term, excluding any call overage, are CNY 388,000.

3.4 The subscription fee is invoiced quarterly in advance (CNY 46,500 per quarter), starting from Go-Live. The onboarding fee is invoiced after Go-Live. Invoices are payable within 30 days.

3.5 The fees are fixed for the Subscription Term.

4. ONBOARDING

4.1 Khangai Data shall provide sandbox access within 5 working days after signature and production access within 25 days after signature.

4.2 Go-Live requires that: (a) all data sets in the Schedule are available through the production API; (b) the Customer's test suite of 50 queries returns complete and correctly formatted results; (c) the custom daily border report is delivered for 10 consecutive days by 08:00 Beijing time; and (d) the API keys and IP allow-list are set up. Access to the sandbox is not Go-Live.

4.3 If Go-Live is delayed beyond 30 days after signature for reasons attributable to Khangai Data, Khangai Data shall pay CNY 300 for each day of delay, up to CNY 16,000.

5. SERVICE LEVELS

5.1 Khangai Data shall keep the production API available at least 99.95% of each calendar month, excluding maintenance announced 48 hours in advance and carried out between 01:00 and 05:00 Ulaanbaatar time.

5.2 Data freshness: market prices updated at least daily; border queue times at least every 2 hours; wagon data at least daily.

5.3 Support: for a Priority 1 incident (the production API unavailable or returning errors for all calls), Khangai Data shall respond within 1 hour at any time and work continuously until service is restored. Priority 2 incidents (a single data set late or incomplete) are answered within 8 business hours.

5.4 If availability in a month is below the level in clause 5.1, the Customer receives a credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point, or part of it, below that level, up to half of that monthly share.

5.5 A late Priority 1 response gives a credit of CNY 500 per hour of delay. Credits are set off against the next invoice.

6. CUSTOMER QUERY DATA AND SECURITY

6.1 Customer Query Data belongs to the Customer. Khangai Data may use it only to provide and bill the API to the Customer, and shall not analyse it, disclose it or use it for any other purpose.

6.2 Khangai Data shall protect Customer Query Data with encryption in transit and at rest, access limited to named staff, and access logs kept for the Subscription Term. It shall delete Customer Query Data within 30 days after the end of the Agreement.

6.3 Khangai Data shall notify the Customer within 48 hours after becoming aware of any unauthorised access to Customer Query Data or the Customer's API keys, shall take measures to contain it and shall be liable for losses caused by its failure to meet this clause.

7. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, including prices and the Customer's purchasing interests, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Khangai Data keeps all rights in the API and the Data.

8.2 The custom daily border report template and the integration scripts written for the Customer during onboarding belong to the Customer. The Customer may use, modify and license them freely.

9. SUBCONTRACTING

Khangai Data shall not subcontract the provision of the API without the Customer's prior written consent, except for its data-centre provider in Ulaanbaatar named in the Schedule, which the Customer approves by signing this Agreement.

10. LIMITATION OF LIABILITY

10.1 Khangai Data's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect loss, loss of profit or loss of business opportunity.

11. TERM AND TERMINATION

11.1 This Agreement runs for the Subscription Term and cannot be terminated early by either party, for convenience or for breach. The Customer's remedies for a failure by Khangai Data are the service credits under clause 5 and damages within the limits of clause 10.

11.2 Either party may suspend performance while the other party is prevented by force majeure.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot, in Chinese.

13. COMPLIANCE

13.1 Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other advantage to an employee or agent of the other party in order to obtain or keep business under this Agreement. A breach of this paragraph by the Khangai Data is a material breach, and the Customer may report it to the competent authorities.

13.2 Taxes and bank charges. Prices include all taxes, duties and charges payable outside the People's Republic of China. Where Chinese withholding tax applies, the Customer shall withhold it as required by law and provide the tax payment certificate, and the amount withheld is treated as paid to the Khangai Data.

13.3 Records and reports. The Khangai Data shall keep complete records of the work performed, incidents handled and changes made, and shall make them available to the Customer on request. Monthly reports shall be in English with a Chinese summary and shall be sent within 5 working days after the end of each month. The report shall include the monthly availability figure, the number of calls and any late data deliveries.

13.4 Khangai Data shall collect the Data lawfully and shall not include in the Data any personal information of identifiable individuals. It shall inform the Customer promptly if a data source is discontinued or its method changes materially.

14. GENERAL

14.1 Notices. Notices under this Agreement shall be in writing in Chinese or English and sent by courier or by e-mail to the contact persons named by each party on signature. A notice sent by e-mail is received on the next working day after sending unless the sender receives a delivery failure message. Each party shall inform the other of any change of contact details within 5 working days.

14.2 Neither party may assign this Agreement without the other party's consent.

SCHEDULE - DATA SETS AND CONTACTS

Data sets: Mongolian coal and copper concentrate prices (Ulaanbaatar and border); livestock and cashmere prices at major markets; queue times at Zamyn-Uud, Gashuunsukhait and Shiveekhuren; rail wagon availability on the Ulaanbaatar - Zamyn-Uud line; road freight rates. Data-centre provider: a named Ulaanbaatar data-centre operator.

Contacts: named by each party on signature.

Signed for Khangai Data LLC: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language)
    "z01": ("h496z01_local_gazetteer_database_platform.pdf", "pdf", "zh"),
    "z02": ("h496z02_cable_plant_extrusion_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h496z03_housekeeping_chain_dispatch_membership_saas.txt", "txt", "zh"),
    "z04": ("h496z04_housing_fund_loan_approval_system_om.txt", "txt", "zh"),
    "z05": ("h496z05_fishball_plant_qc_warehouse_software_supplier_template.md", "md", "zh"),
    "e01": ("h496e01_grain_elevator_software_licence_kz_vendor.pdf", "pdf", "en"),
    "e02": ("h496e02_shipment_tracking_saas_order_form_uz_vendor.md", "md", "en"),
    "e03": ("h496e03_cold_store_sensors_supply_kg_vendor.docx", "docx", "en"),
    "e04": ("h496e04_managed_portal_support_am_vendor.md", "md", "en"),
    "e05": ("h496e05_border_trade_data_api_subscription_mn_vendor.txt", "txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
TERMS = {
    "z01": T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True, "PRC", G),
    "z02": T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 27, False, True, False, "PRC", G),
    "z03": T(99.5, 0.5, True, "buyer", True, True, True, 300 / 330000 * 100, None, None, True, None, None, None, True,
             True, False, "PRC", S),
    "z04": T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S),
    "z05": T(None, 8, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True, None, None,
             G),
    "e01": T(None, 1, True, "buyer", True, True, False, 0.08, 200, 20, True, True, 6, 14, False, True, False, "PRC", G),
    "e02": T(None, None, False, "buyer", False, True, True, 250 / 340000 * 100, 150, None, True, None, None, None, False,
             True, False, "PRC", S),
    "e03": T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "e04": T(99.95, 0.5, True, "buyer", True, True, True, 1000 / 1440000 * 100, 150, None, True, None, None, None,
             False, True, False, "Armenia", S),
    "e05": T(99.95, 1, True, "buyer", True, True, True, 300 / 388000 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, False, False, "PRC", S),
}
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 1510000), "z02": (True, True, True, False, 1480000),
    "z03": (True, True, None, False, 330000), "z04": (True, True, None, False, 486000),
    "z05": (True, False, False, True, 648000), "e01": (True, True, True, False, 830000),
    "e02": (False, True, None, False, 340000), "e03": (True, True, True, False, 500000),
    "e04": (True, True, None, False, 1440000), "e05": (True, True, None, False, 388000),
}
# design facts not in the label: forum outside mainland China; TCO fee base (itemised licence / hardware subtotal)
FORUM_OUTSIDE = {"e04"}
FEE_BASE = {"z01": 688000, "z02": 1254000, "z05": 364000, "e01": 500000, "e03": 445000}
# the design list, written before deriving anything
DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-CONFIDENTIALITY", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-GOVERNING-LAW"],
    "e05": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = TERMS[key]
    fee = t["post_warranty_fee_pct"]
    if fee is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * fee / 100 * FEE_BASE[key]
    value = EXTRA[key][4]
    return fees / (value + fees) * 100


def derive_rules(key):
    """My own reading of policy.md section 3, from the labels (not project code)."""
    t = TERMS[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": TERMS[key],
            "expected_extra": extra, "expected_rules": derive_rules(key)}


# ----------------------------------------------------------------------------------------------------------------
# threshold scan
FLAGS = re.I
NUMCN = "零〇一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![" + NUMCN + "])",
    r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![" + NUMCN + r"\d])四\s*个?\s*小时",
    r"four\s*-?\s*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + NUMCN + "点])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"hundred\s*per\s*cent", r"hundred\s*percent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + NUMCN + "点])", r"三成",
    r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?\b|calendar\s*months?|-month)", r"(?<![" + NUMCN + "])十二个月",
    r"twelve\s*-?\s*(?:calendar\s*)?months?", r"一年", r"(?<![a-z])one\s*-?\s*year",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + NUMCN + "点])", r"四成",
    r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*-?\s*(?:年|years?\b|-year)", r"(?<![" + NUMCN + r"\d])五\s*年", r"five\s*-?\s*years?",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?\b|-month)", r"六十个月", r"sixty\s*months?",
]
RX = [re.compile(p, FLAGS) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "SLA 99.9", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent",
            "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "twelve calendar months", "一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年", "五年", "five years",
            "5-year", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "24 hours", "14小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "1.5%", "150%",
             "130%", "2025年", "2026年", "万分之五十", "服务年度", "Subscription Year", "35%", "45%", "0.5%",
             "0.3%", "万分之三", "百分之三十五", "25年", "48 hours", "1 hour", "phone year"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for rx in RX:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
        assert threshold_hits("前文 " + s + " 后文"), "must hit in context: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ----------------------------------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)

    problems = []
    covered = set()
    for k, (name, fmt, lang) in FILES.items():
        lab = label(k)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        covered |= set(rules)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "derived", rules, "design", sorted(DESIGN[k])))
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = RANGE[lang]
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for src in (text, SOURCES[k]):
            for h in threshold_hits(src):
                problems.append((k, "threshold", h))
        t = TERMS[k]
        for key, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            if t[key] is not None and abs(t[key] - bad) < 1e-9:
                problems.append((k, "label on threshold", key))
        share = tco_share(k) if t["contract_kind"] == G else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((k, "TCO share near 40", share))
        nows = len(re.sub(r"\s+", "", text)) if lang == "zh" else None
        print("%s %-66s %s len=%s%s risk=%s tco=%s %s" % (k, name, lang, n, "" if nows is None else " (no-ws %d)" % nows,
              risk(rules), None if share is None else round(share, 2), ",".join(x[3:] for x in rules) or "-"))
    # mix checks
    counts = {k: len(label(k)["expected_rules"]) for k in FILES}
    assert sorted(k for k in FILES if counts[k] == 0) == ["e03", "z04"]
    assert label("e04")["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert sorted(k for k in FILES if counts[k] in (2, 3)) == ["e01", "e02", "e05", "z01", "z02", "z03"]
    assert counts["z05"] >= 8
    if set(ALL_RULES) - covered:
        problems.append(("coverage missing", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; all 20 rules covered")
