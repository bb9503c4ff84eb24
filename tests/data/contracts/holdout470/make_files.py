"""holdout470: builds ten ordinary draft contracts (txt/md written directly, docx/pdf via ../word_pdf.py), writes their
labels, derives the expected rules from the labels by my own reading of policy.md section 3, and checks lengths and
that no threshold value appears in any text. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

H470Z01 = """T:临江市消防救援支队智慧消防监管平台采购合同
P:合同编号：LJXF-2026-031
P:采购项目：临江市消防救援支队智慧消防监管平台建设项目（政府采购，公开招标，项目编号：LJCG-2026-0417）
P:甲方（采购人）：临江市消防救援支队　　地址：临江市滨河区长宁路88号
P:乙方（供应商）：杭州安消云科技有限公司　　地址：杭州市西湖区文三路199号
P:鉴于甲方通过公开招标方式采购智慧消防监管平台，乙方为本项目中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧消防监管平台软件许可（永久使用许可，不限用户数，部署于临江市政务云），并完成下列定制开发：（1）重点单位物联网感知数据接入，包括烟感、电气火灾监测、消防水压及可燃气体探测，首期接入社会单位不少于1,200家；（2）监管驾驶舱及火灾隐患“发现—派单—整改—复查”闭环处置流程；（3）移动执法APP与省级消防监督管理系统的数据接口。
P:1.2 乙方负责平台部署、数据初始化、系统联调、用户培训及试运行保障，并提交完整的技术文档和操作手册。
H:第二条 合同价款
TB:序号|项目|金额（元）
TB:1|智慧消防监管平台软件许可（永久）|960,000
TB:2|定制开发（物联网接入、驾驶舱、执法APP接口）|720,000
TB:3|部署实施及数据初始化|118,000
TB:4|培训（指挥中心及各大队操作人员）|32,000
TB:合计|人民币壹佰捌拾叁万元整|1,830,000
P:2.2 本合同为固定总价合同，合同总价1,830,000元，已包含软件许可、开发、部署、培训、差旅及税费等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计366,000元。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计823,500元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计640,500元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付的规定办理付款。
H:第四条 交付进度
P:4.1 乙方应在合同签订后九十日内完成平台部署及全部定制开发，并书面提请初步验收。
P:4.2 初步验收合格后进入试运行，试运行期为六十日。试运行期间乙方安排不少于2名工程师驻场保障。
H:第五条 验收
P:5.1 初步验收标准：（1）合同及招标文件所列功能全部实现；（2）接入社会单位不少于1,200家，感知数据上报时延不超过10秒；（3）300个并发用户下页面平均响应时间不超过3秒；（4）通过第三方网络安全等级保护第三级测评及源代码安全检测。
P:5.2 试运行期满且期间未发生一级故障的，乙方提出最终验收申请，甲方组织专家按招标文件技术要求逐项验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、性能优化及运维支持。
P:6.2 质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.3 故障分级响应：一级故障（平台整体不可用或火警告警无法推送）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.4 乙方未按约定时限响应或恢复的，每超时1小时，甲方可扣除300元；月可用率每低于承诺值0.01个百分点，扣除1,000元。上述扣款从应付款项或履约保证金中扣除。
P:6.5 质保期满后，甲方如续购运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过86,400元，该价格自质保期满起三个服务年度内保持不变。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发成果（包括源代码、接口程序、数据模型及技术文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方应在最终验收前交付全部源代码。
H:第八条 数据安全
P:8.1 平台采集、存储、产生的全部数据（包括社会单位信息、物联网感知数据、执法记录）归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，采取加密存储、访问控制、操作审计等措施；运维人员须经甲方审批，并通过甲方堡垒机访问平台。
P:8.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露、毁损或丢失的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约过程中知悉的消防监督信息、重点单位资料及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 分包
P:乙方可将综合布线、感知设备安装调试等非主体、非关键性工作分包给具备相应资质的单位，分包前书面告知甲方即可，无需取得甲方同意。乙方对分包单位的工作质量向甲方负责。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:11.3 乙方交付的平台经两次整改仍不符合验收标准的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知乙方解除本合同，并要求乙方赔偿由此造成的损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、台风、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。履行期限相应顺延，双方均不承担违约责任，但在迟延履行期间发生不可抗力的除外。
H:第十五条 其他
P:本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份。
P:甲方（盖章）：临江市消防救援支队　　代表：__________　　日期：2026年__月__日
P:乙方（盖章）：杭州安消云科技有限公司　　代表：__________　　日期：2026年__月__日
"""

H470Z02 = """T:蒸馏车间控制系统改造及维保合同
P:合同编号：QX-SB-2026-0086
P:甲方（买方）：川南曲香酒业有限公司　　地址：四川省泸川市酒城大道168号
P:乙方（卖方）：成都中控智联自动化工程有限公司　　地址：成都市高新区天府三街66号
P:甲方拟对蒸馏车间（共32口甑桶、4套冷凝系统）原有继电器及单回路仪表控制系统进行改造，乙方具备相应的设计、集成和服务能力。双方根据《中华人民共和国民法典》，经友好协商，就控制系统改造及后续维保事宜订立本合同。
H:1. 合同标的与价款
P:1.1 乙方负责蒸馏车间控制系统的设计、供货、组态编程、安装调试、培训及质保期内服务，实现上甑、蒸馏、摘酒、冷却水温度的集中控制与批次记录。具体设备及软件清单如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O模块（冗余配置）|1套|1,260,000
TB:2|现场仪表（温度、压力、流量、液位）|186台|486,000
TB:3|操作站及历史数据服务器|6台|168,000
TB:4|控制软件许可（组态、批次管理、摘酒工艺包）|1套|312,000
TB:软硬件小计|||2,226,000
TB:5|设计、组态编程及安装调试|1项|284,000
TB:6|操作及维护培训|1项|26,000
TB:合同总价|||2,536,000
P:1.2 合同总价为人民币贰佰伍拾叁万陆仟元整（2,536,000元），含13%增值税、运输、保险及安装调试费用。
H:2. 付款
P:2.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计253,600元。
P:2.2 全部设备到货、安装完毕并完成单机调试后，甲方支付合同总价的55%，计1,394,800元。到货签收及单机调试不代表质量验收。
P:2.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，计887,600元。
H:3. 工期与实施
P:3.1 改造须在甲方停产检修期内完成，乙方应于2026年7月20日前完成安装，于2026年8月10日前完成联动调试并提请验收。
P:3.2 乙方施工应遵守甲方酒厂防火、防爆及安全生产管理制度，动火作业须办理审批手续。
H:4. 验收
P:4.1 验收标准：（1）全部I/O点位逐点核对无误；（2）摘酒温度控制偏差不超过±0.5℃，冷却水温度偏差不超过±1℃；（3）批次记录完整，可追溯到甑桶和班次；（4）系统连续带料运行15个生产日，无控制器宕机或数据丢失。
P:4.2 满足上述标准后，双方签署最终验收证书。系统投运或甲方使用不视为验收合格。
H:5. 质保与维保服务
P:5.1 质保期为三十六个月，自最终验收之日起计算。质保期内，设备和软件的故障维修、备件更换、软件升级均由乙方免费提供。
P:5.2 故障响应：一级故障（影响蒸馏生产的控制器、网络或操作站故障）30分钟内电话响应，2小时内到场；二级故障2小时内响应，次日到场；三级故障在48小时内处理。
P:5.3 乙方未按上述时限响应或到场的，每超时1小时，甲方可扣除800元，从质量保证金或应付款中扣除。
P:5.4 质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的7%，即155,820元/服务年度，在质保期满后三个服务年度内不上调，由双方另行签订维保合同。
H:6. 违约责任
P:6.1 乙方逾期完成安装或逾期提请验收的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:6.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:6.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的人身伤亡、火灾或爆炸事故除外。
H:7. 知识产权
P:7.1 本项目的组态程序、控制逻辑、操作画面、批次报表及相关文档归甲方所有，甲方可自行修改或交由第三方维护。
P:7.2 控制软件许可所涉标准软件的知识产权归原权利人，甲方获得永久使用许可。
H:8. 数据安全
P:8.1 生产数据、工艺参数、配料及摘酒记录属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次审批，使用甲方提供的加密通道并全程记录；乙方应对所使用的电脑和存储介质做病毒查杀。
P:8.3 因乙方原因导致数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并承担赔偿责任。
H:9. 保密
P:乙方对甲方的工艺配方、生产参数及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期至该信息公开之日止。
H:10. 分包
P:乙方不得将本合同的主要工作分包。土建配合及电缆敷设确需分包的，须事先取得甲方书面同意，乙方对分包人的工作负责。
H:11. 合同的履行与解除
P:11.1 本合同签订后，除因不可抗力致使合同目的无法实现外，任何一方均不得解除本合同。
P:11.2 乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:12. 项目管理与安全生产
P:12.1 乙方应指派具有自动化工程经验的项目经理常驻现场，负责进度、质量和安全管理，每周向甲方提交书面周报，说明完成情况、存在问题和下周计划。项目经理未经甲方同意不得更换。
P:12.2 乙方施工人员进入车间须接受甲方安全教育，穿戴防护用品，遵守酒库、酒醅区域禁烟禁火及防静电规定。因乙方人员违章作业造成的人身伤害和财产损失由乙方负责。乙方应为施工人员投保意外伤害保险及第三者责任险。
P:12.3 乙方应在验收前向甲方提交竣工资料，包括系统结构图、接线图、I/O点表、组态备份、操作手册和维护手册各两套，并提供电子版。
H:13. 培训
P:乙方应对甲方操作工、工艺员和仪表维修人员分批进行培训，培训内容包括系统操作、报警处理、批次记录查询、日常维护及故障判断，培训结束后进行考核，确保每名操作工能够独立操作。
P:乙方应随设备提供原厂备品备件清单，并在交货时免费提供一套易损件（包括I/O模块、电源模块及常用仪表各两件），存放于甲方仪表库房，供质保期内紧急更换使用，用后由乙方补齐。
H:14. 不可抗力与通知
P:因地震、洪水、台风、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。履行期限相应顺延，双方均不承担违约责任，但在迟延履行期间发生不可抗力的除外。
P:双方指定的联系人及联系方式以合同首页为准。一方变更联系人或地址的，应在变更后三个工作日内书面通知对方，否则按原地址送达即视为有效送达。
H:15. 适用法律与争议
P:本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交泸川仲裁委员会仲裁。
H:16. 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格书、I/O点表、验收大纲。
P:甲方（盖章）：川南曲香酒业有限公司　　代表：__________
P:乙方（盖章）：成都中控智联自动化工程有限公司　　代表：__________
P:签订日期：2026年__月__日
"""

H470Z03 = """门店订单及会员管理SaaS服务合同

合同编号：YP-SaaS-2026-0312

甲方（客户）：麦香坊食品（苏州）有限公司
地址：苏州市姑苏区干将西路520号
乙方（服务商）：上海云铺信息科技有限公司
地址：上海市徐汇区漕溪北路333号

甲方经营“麦香坊”烘焙连锁门店共34家，拟统一使用线上订单、收银对接及会员管理系统。乙方提供“云铺”门店SaaS服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方34家门店及总部提供SaaS服务，包括：门店收银订单同步、小程序点单及蛋糕预订、会员储值与积分、优惠券营销、总部报表及库存预警。
（二）乙方负责实施服务：历史会员数据迁移（约32万条会员记录及储值余额）、与甲方现有收银机的对接、小程序上线、门店店长及收银员培训。
（三）服务期为两个服务年度，自乙方书面通知上线且甲方签署上线验收单之日起计算，预计为2026年6月1日至2028年5月31日。

二、费用
（一）费用明细：
1. 门店版订阅费：34家 × 2,400元/门店/服务年度 = 81,600元/服务年度；
2. 总部管理及会员营销模块：36,000元/服务年度；
3. 订阅费小计：117,600元/服务年度，两个服务年度合计235,200元；
4. 一次性实施费：48,000元。
合同总价：283,200元（大写：贰拾捌万叁仟贰佰元整），含6%增值税。
（二）服务期内新增门店的，按每家2,400元/服务年度按月折算另行计费，不计入本合同总价。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，每季度结束后十个工作日内，乙方提交服务报告及发票，甲方确认后支付当季订阅费29,400元。
（三）本合同不设预付款。

四、上线验收
（一）上线验收标准：1. 会员数据迁移后逐条核对，储值余额及积分与原系统一致；2. 34家门店收银订单均能实时同步，延迟不超过5秒；3. 小程序点单、蛋糕预订、优惠券核销完成全流程测试；4. 门店人员培训完成并经抽查考核合格。
（二）满足上述标准后，甲方签署上线验收单。门店试用或开始营业使用不视为验收合格。
（三）乙方应在合同签订后四十五日内具备上线验收条件。逾期的，每逾期一日，乙方向甲方支付违约金500元。

五、服务水平
（一）乙方承诺SaaS服务月可用率不低于99.5%，计划内维护应安排在凌晨1:00至5:00之间并提前48小时通知甲方。
（二）故障响应：一级故障（全部门店无法下单、收银或会员核销）15分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应，8小时内解决；一般问题次工作日解决。
（三）月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣不超过当月订阅费的50%；一级故障超过恢复时限的，每超时1小时抵扣当月订阅费的2%。

六、数据归属与数据安全
（一）甲方会员信息、订单及交易数据归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于任何其他用途，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志留存及每日备份等措施，并遵守《个人信息保护法》的规定。
（三）发生数据泄露等安全事件的，乙方应在24小时内通知甲方并配合处置；因乙方原因造成数据泄露或丢失的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。

七、保密
双方对在合作中知悉的对方商业信息（包括会员规模、价格政策、营销方案）负有保密义务，未经对方书面同意不得披露。本条在合同终止后持续有效。

八、续期
（一）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期届满前四十五日书面告知调整后的价格。

九、知识产权
（一）云铺平台及其软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面、会员等级规则及报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。

十、分包
乙方不得将本合同项下的实施服务转包或分包；确需由第三方协助的，应事先取得甲方书面同意。

十一、违约与解除
（一）任何一方严重违约，经守约方书面催告后十五日内未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
（二）月可用率连续两个月低于98%的，甲方有权解除合同，无需承担任何责任。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十二、双方的其他义务
（一）甲方应指定项目负责人，按时提供会员数据、门店信息及收银机接口资料，组织门店人员参加培训，并对上线验收及时作出确认。
（二）乙方应指定专属客户成功经理，每月与甲方沟通一次系统使用情况，提供月度运营报表，包括各门店订单量、会员新增、储值及优惠券核销情况；乙方应提供工作日9:00至21:00的在线客服和7×24小时故障热线。
（三）乙方进行版本升级前应提前七日通知甲方，升级不得降低已有功能；涉及门店操作变化的，乙方应提供操作说明并安排线上培训。
（四）甲方门店新增、关闭或迁址的，应提前十五日通知乙方，乙方在三个工作日内完成开通或停用配置。

十三、不可抗力
因地震、洪水、台风、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。履行期限相应顺延，双方均不承担违约责任，但在迟延履行期间发生不可抗力的除外。

十四、通知
双方指定的联系人及联系方式以合同首页为准。一方变更联系人或地址的，应在变更后三个工作日内书面通知对方，否则按原地址送达即视为有效送达。

十五、廉洁
双方应遵守廉洁从业规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。违反本条的，守约方有权要求违约方改正并赔偿由此造成的损失。

十六、发票与税费
乙方应按甲方要求开具增值税专用发票，发票抬头、税号及开户信息以甲方书面提供的为准。因乙方发票不合格导致甲方无法抵扣的，乙方应重新开具并承担由此产生的损失。服务期内如遇国家税率调整，未开票部分按新税率调整含税价格。

十七、适用法律与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：麦香坊食品（苏州）有限公司
授权代表：__________
乙方（盖章）：上海云铺信息科技有限公司
授权代表：__________
日期：2026年__月__日
"""

H470Z04 = """社会保险经办信息系统年度运维服务合同

项目名称：青州市社会保险事业管理中心社会保险经办信息系统年度运维服务
采购方式：竞争性磋商（项目编号：QZZC-2026-C058）
合同编号：QZSB-YW-2026-01

甲方（采购人）：青州市社会保险事业管理中心
地址：青州市云门路76号
乙方（成交供应商）：山东鲁信数智科技有限公司
地址：济南市历下区经十路9777号

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就社会保险经办信息系统年度运维服务事项，经协商一致，签订本合同。

第一条 服务范围
（1）对甲方社会保险经办信息系统（含参保登记、缴费核定、待遇核发、基金财务、网上经办大厅及对外接口）提供应用运维、数据库及中间件运维、安全运维服务。
（2）派驻4名运维工程师在甲方机房及经办大厅驻场服务，工作日8:30至17:30在岗，节假日及月末结算期安排值班。
（3）完成政策调整引起的小版本优化，本服务期内累计不超过600人天。
（4）每季度开展一次数据库及中间件巡检，每半年开展一次应急演练，配合等级保护测评及整改。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同自动终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 合同价款
（1）价款明细：驻场运维服务768,000元；应用系统维护及小版本优化312,000元；数据库及中间件巡检96,000元；安全加固及应急演练64,000元。
（2）合同总价为人民币壹佰贰拾肆万元整（1,240,000元），为固定总价，包含人员、差旅、工具及税费。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度310,000元。每季度结束后，甲方依据第六条完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费；考核扣款在当季服务费中扣减。
（3）乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（1）系统可用性：社保经办核心业务系统工作时间月可用率不低于99.95%。
（2）故障分级与响应：一级故障（核心业务中断或待遇核发无法进行）15分钟内响应，1小时内到场，3小时内恢复业务；二级故障（部分功能异常）30分钟内响应，8小时内解决；三级故障（咨询及一般问题）2个工作日内处理。
（3）扣款：一级故障每超过恢复时限1小时扣款2,000元；二级故障每超过时限1小时扣款500元；月可用率每低于承诺值0.01个百分点扣款1,000元。季度扣款不设上限。

第六条 考核与验收
（1）季度考核：甲方按磋商文件所附《运维服务考核细则》对响应及时率、故障解决率、巡检报告质量、驻场出勤率进行评分，80分以上为合格，并出具季度考核单。
（2）年度终验：服务期满前三十日，乙方提交年度运维总结、系统运行报告及全部运维文档，甲方按服务范围逐项核验，出具终验意见。
（3）考核细则包括：响应及时率不低于98%，一级、二级故障按时解决率不低于95%，巡检报告按期提交，驻场出勤率不低于98%，用户满意度调查平均分不低于85分。
（4）季度考核不合格的，乙方应在十五日内整改并重新考核。

第七条 人员管理
（1）驻场人员应具备相应资质，名单经甲方确认后不得随意更换；确需更换的，须提前十日书面申请并经甲方同意。
（2）乙方应为驻场人员缴纳社会保险，驻场人员遵守甲方的工作纪律和机房管理制度。

第八条 数据安全
（1）社会保险经办数据（包括参保人员个人信息、缴费及待遇数据）属于甲方，乙方不得以任何形式复制、留存、加工或用于本合同以外的目的。
（2）乙方运维操作须通过甲方堡垒机进行，实行双人复核和全程审计；禁止使用移动存储介质，禁止远程访问生产数据库。
（3）乙方应落实《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护第三级的各项要求。
（4）发生数据泄露或安全事件的，乙方应在1小时内向甲方报告并配合处置；因乙方原因造成数据泄露、篡改、丢失的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其人员对工作中知悉的甲方工作秘密、系统账号口令和网络结构负有保密义务，驻场人员须签署保密承诺书。保密义务在本合同终止后继续有效。

第十条 知识产权
乙方在服务期内形成的运维脚本、配置文档、巡检报告及小版本优化的源代码，其知识产权归甲方所有。

第十一条 分包
乙方不得将本合同项下的任何服务转包或分包。

第十二条 违约责任
（1）乙方未按约定时间派驻人员或启动服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方驻场人员缺岗的，每人每日扣款1,200元。
（3）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
第十四条 服务交接
（1）服务开始前，乙方应与原运维单位办理交接，核对系统清单、账号权限、运维文档及遗留问题，形成交接记录并报甲方确认。
（2）服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位移交全部运维文档、脚本、配置记录及未结问题清单，注销全部运维账号，并配合完成不少于二十个工作日的过渡服务。
（3）乙方应每月5日前提交上月运维月报，内容包括系统运行情况、故障及处理、变更记录、巡检发现和改进建议。

第十五条 不可抗力
因地震、洪水、台风、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。履行期限相应顺延，双方均不承担违约责任，但在迟延履行期间发生不可抗力的除外。

第十六条 廉洁条款
双方应遵守廉洁从业规定，任何一方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。违反本条的，守约方有权要求违约方改正并赔偿由此造成的损失。


第十七条 通知
双方指定的联系人及联系方式以合同首页为准。一方变更联系人或地址的，应在变更后三个工作日内书面通知对方，否则按原地址送达即视为有效送达。甲方就考核结果、整改要求及违约扣款发出的书面通知，以甲方信息中心的公章或运维管理专用章为准。

第十八条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十九条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。

甲方（盖章）：青州市社会保险事业管理中心　　代表：__________
乙方（盖章）：山东鲁信数智科技有限公司　　代表：__________
签订日期：2026年__月__日
"""

H470Z05 = """# 软件许可及定制开发合同

> 配研标准合同文本 V3.0（乙方格式文本）

**合同编号：** PY-HT-2026-147

**甲方（用户）：** 佛山海和调味食品有限公司（地址：佛山市高明区沧江工业园富民路18号）

**乙方（供应商）：** 广州配研软件有限公司（地址：广州市天河区科韵路16号）

甲方为酱油、蚝油及复合调味料生产企业，拟在配料车间使用乙方“配研”配料管理软件，实现配方管理、称量防错和批次追溯。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“配研”配料管理软件标准版许可（永久许可，1个工厂，不限站点数），包括配方管理、称量防错、投料核对、批次追溯及质量放行模块。

1.2 乙方按甲方需求完成定制开发：与甲方ERP系统的物料及工单接口、28台电子秤及扫码枪对接、配料车间报表。

1.3 乙方负责软件安装部署、系统配置及操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 配研配料管理软件标准版许可（永久） | 680,000 |
| 2 | 定制开发（ERP接口、电子秤对接、报表） | 150,000 |
| 3 | 实施部署及培训 | 50,000 |
| | 合计 | 880,000 |

合同总价为人民币捌拾捌万元整（880,000元），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即440,000元。乙方收到该款项后开始实施。

3.2 系统上线运行后十个工作日内，甲方支付剩余的50%，即440,000元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与交付

4.1 乙方计划在收到首笔款项后六十日内完成安装部署和定制开发。

4.2 因需求变更、甲方配合不到位或其他非乙方原因造成延期的，交付时间相应顺延。乙方原因造成延期的，双方协商确定新的交付时间，乙方不承担违约金或赔偿责任。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条维护条款处理，不影响验收结论和付款。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（配料车间无法称量或投料）乙方在接到报修后8小时内响应；二级故障在2个工作日内响应；其他问题在下一版本中统一处理。

6.3 乙方尽力在合理时间内解决故障，但不对故障恢复时限作出承诺，不承担因响应或修复延迟而产生的任何扣款、赔偿或违约金。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即170,000元/服务年度。

7.2 年度维护费在每个服务年度开始前支付。甲方未购买维护服务的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 “配研”软件及其文档的知识产权归乙方所有。

8.2 本合同项下定制开发的接口程序、报表、配置成果及相关源代码的知识产权均归乙方所有。甲方在本合同范围内享有非独占的使用权，不得修改、复制或许可第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的配方、物料及生产批次数据归甲方所有。

9.2 乙方应对甲方数据采取访问控制、加密传输和定期备份措施；乙方远程维护须经甲方同意。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方同意，乙方可在脱敏处理后使用甲方的配方结构、物料用量及生产数据，用于乙方产品改进、行业分析及向其他客户提供的配方优化服务，该使用不受合同期限限制。

## 第十条 保密

双方对在合作中获得的对方未公开的技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定必须披露的除外。

## 第十一条 责任限制

11.1 乙方对本合同项下的全部责任，累计不超过甲方已支付的软件许可费。

11.2 乙方对甲方的间接损失、利润损失、停产损失及数据恢复费用不承担责任。

## 第十二条 合同解除

任何一方严重违反本合同，经对方书面通知后三十日内未纠正的，守约方有权解除本合同。

## 第十三条 双方义务

13.1 甲方应指定项目联系人，按乙方要求提供配方清单、物料编码、电子秤型号及ERP接口资料，提供安装所需的服务器、网络和现场条件，并组织操作人员参加培训。

13.2 乙方应指派实施顾问负责安装部署和系统配置，按乙方标准实施方法开展工作，并向甲方提交安装手册、操作手册和培训材料。

13.3 甲方在实施过程中提出需求变更的，双方应另行协商变更内容、费用和工期，并签署书面变更单。未经签署变更单的需求，乙方无义务实施。

## 第十四条 培训

乙方为甲方提供两次集中培训，对象为配料车间班组长、称量操作工、质量管理人员和系统管理员，内容包括配方维护、称量防错操作、批次追溯查询和日常维护。超出上述次数的培训，按乙方现行收费标准另行收费。

## 第十五条 不可抗力

因地震、洪水、台风、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。履行期限相应顺延，双方均不承担违约责任，但在迟延履行期间发生不可抗力的除外。

## 第十六条 通知与文档

16.1 双方指定的联系人及联系方式以合同首页为准。一方变更联系人或地址的，应在变更后三个工作日内书面通知对方，否则按原地址送达即视为有效送达。

16.2 乙方交付的文档包括：系统安装手册、操作手册、系统管理员手册及接口说明。文档以电子版形式交付，甲方可在内部复制使用，但不得向第三方提供。

16.3 软件升级版本发布后，乙方通过邮件通知甲方。升级安装需要现场服务的，按乙方现行收费标准另行收费。

## 第十七条 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交广州仲裁委员会仲裁。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同为乙方格式文本，双方另有书面约定的，以书面约定为准。

**甲方（盖章）：** 佛山海和调味食品有限公司　　授权代表：__________

**乙方（盖章）：** 广州配研软件有限公司　　授权代表：__________

**日期：** 2026年__月__日
"""

H470E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DW-CN-2026-0112
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Donauwerk Software GmbH, a company registered in Austria with its seat at Hafenstrasse 21, 4020 Linz, Austria (the "Vendor"); and
P:(2) Changzhou Lianfeng Precision Parts Co., Ltd., a company registered in the People's Republic of China with its address at No. 58 Longcheng Avenue, Wujin District, Changzhou, Jiangsu Province (the "Customer").
P:Recitals: The Customer manufactures machined and stamped parts for automotive and appliance makers and wishes to plan its production with the Vendor's advanced planning and scheduling software "Donauwerk APS". The Vendor has agreed to license the software on a perpetual basis and to implement it at the Customer's plant in Changzhou. At the Customer's request, all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Donauwerk APS version 8, in object code, with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, planning rules, scripts and documents that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer plans its production in the Software for all three workshops.
P:1.4 "Final Acceptance" means the date of the Final Acceptance Certificate signed by the Customer under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software for 45 named planners and unlimited shop-floor viewers at the Customer's sites in the People's Republic of China.
P:2.2 The Vendor shall deliver the following services: installation on the Customer's servers; configuration of the planning model for three workshops (machining, stamping and assembly); interfaces to the Customer's ERP system and manufacturing execution system; migration of routings and work centres; training of planners and key users; and support during Go-Live.
P:2.3 The Vendor shall provide a named project manager who speaks Chinese and who is present at the Customer's plant during configuration, testing and Go-Live.
H:Article 3 Fees
TB:Item|Description|Amount (CNY)
TB:1|Donauwerk APS perpetual licences, 45 named planners|1,180,000
TB:2|Implementation services (configuration, ERP and MES interfaces, data migration)|420,000
TB:3|Training (planners, key users, administrators)|46,000
TB:Total||1,646,000
P:3.1 The total price of CNY 1,646,000 is fixed and includes all travel, living and other expenses of the Vendor's staff, as well as all taxes payable in Austria. Chinese value-added tax is included in the amounts above.
P:3.2 The Licence Fee of CNY 1,180,000 is the base for the annual support fee under Article 7.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 329,200) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total price (CNY 740,700) within 30 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price (CNY 576,100) within 30 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature of this Agreement, in accordance with the project plan attached as Annex 2.
P:5.2 Final Acceptance tests shall be carried out after at least 30 days of production use following Go-Live. The acceptance criteria are: (a) all functions listed in Annex 1 work as specified; (b) a full planning run for all three workshops completes within 10 minutes; (c) work orders, routings and stock levels match the ERP system without differences; (d) the ERP and MES interfaces run for 20 consecutive working days without a Severity 1 incident; and (e) the Custom Deliverables and documentation have been handed over.
P:5.3 If the criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 working days. If they are not met, the Customer shall list the defects in writing and the Vendor shall correct them and repeat the tests at its own cost. Installation, Go-Live or productive use of the Software shall not be deemed acceptance.
H:Article 6 Warranty and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 1 for a period of 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide all new versions of the Software free of charge.
P:6.2 During the Warranty Period and any support period, the Vendor shall respond to incidents as follows: Severity 1 (planning cannot be run or the ERP interface has stopped): response within 1 hour, workaround within 8 hours; Severity 2 (a major function is impaired): response within 2 hours, correction within 3 working days; Severity 3 (other defects and questions): response within 1 working day.
P:6.3 If the Vendor misses a Severity 1 or Severity 2 response or workaround time, the Vendor shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support, covering the same services as in Article 6. The annual support fee is 11% of the Licence Fee, that is CNY 129,800 per support year, and remains fixed for the first three support years after the Warranty Period.
P:7.2 Support is ordered by a separate purchase order for each support year. It does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Vendor.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver the source code of the interfaces and scripts. The Customer may use, modify and license the Custom Deliverables freely, also through third parties.
H:Article 9 Data Protection and Security
P:9.1 All production, customer and personnel data processed in the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep copies after the work is completed.
P:9.2 The Software runs on the Customer's servers in Changzhou. The Vendor's staff shall access them only through the Customer's VPN with multi-factor authentication, for each session with the Customer's approval, and shall comply with the PRC Personal Information Protection Law and Data Security Law. No Customer Data may be transferred outside the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall take all remedial steps, and shall be liable for all losses caused by a breach of this Article by the Vendor or its staff.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public technical and business information received from the other party, shall use it only for this Agreement, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limitation does not apply to personal injury, wilful misconduct, infringement of third-party intellectual property rights, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay damages under Article 11.1 reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for services not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Austria, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre (VIAC) by three arbitrators. The seat of arbitration is Vienna and the language of the proceedings is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature by both parties.
P:For the Vendor: Donauwerk Software GmbH, Managing Director ____________________ Date: __________
P:For the Customer: Changzhou Lianfeng Precision Parts Co., Ltd., Legal Representative ____________________ Date: __________
"""

H470E02 = """# ORDER FORM No. MC-2026-0419

**Provider:** Moravia Cloudworks s.r.o., Kounicova 12, 602 00 Brno, Czech Republic ("Provider")

**Customer:** Suzhou Tongda Elevator Service Co., Ltd., No. 9 Jinshan Road, Suzhou New District, Suzhou, Jiangsu Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Provider's General Terms set out in Part B below. Customer maintains and repairs about 6,800 lifts and escalators in Suzhou and Wuxi and subscribes to the Provider's field service platform "Servix" to dispatch its technicians, record inspections and invoice its clients. All fees are stated and payable in Chinese Yuan (CNY).

## Part A - Order details

**1. Subscribed services**

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| 1 | Servix Field Service, technician licences (mobile app) | 220 users | 198,000 per Subscription Year |
| 2 | Servix Dispatch and Planning, back-office users | 30 users | 48,000 per Subscription Year |
| 3 | Client portal and e-invoicing module | 1 | 18,000 per Subscription Year |
| | Subscription fees per Subscription Year | | 264,000 |
| 4 | Onboarding: configuration, data migration, training (one-time) | 1 | 58,000 |
| | Total fees for the Subscription Term | | 850,000 |

**2. Subscription Term.** Three Subscription Years (36 months) starting on the Subscription Start Date, which is the day after Customer signs the Onboarding Acceptance Certificate. The Subscription Term ends automatically at the end of the third Subscription Year. Any renewal requires a new Order Form signed by both parties.

**3. Fees and invoicing.**
3.1 Subscription fees are invoiced quarterly in arrears, CNY 66,000 per quarter, payable within 30 days after receipt of a valid invoice.
3.2 The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days.
3.3 No fees are payable before the Subscription Start Date. The total fees for the Subscription Term are CNY 850,000, including value-added tax.

**4. Onboarding and acceptance.**
4.1 Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes: import of Customer's lift register, maintenance contracts and spare-part list; configuration of inspection checklists in line with the national lift maintenance rules; an interface to Customer's finance system; and training for 30 dispatchers and 220 technicians.
4.2 Onboarding Acceptance requires: (a) all lift records imported and reconciled with Customer's register without missing records; (b) 20 test work orders completed end to end, from dispatch to client signature and invoice; (c) the finance interface posting invoices correctly for 10 consecutive working days; and (d) training completed. Customer shall sign the Onboarding Acceptance Certificate within 5 working days after the criteria are met. Use of the platform during onboarding is not acceptance.
4.3 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to CNY 45,000.

**5. Contacts.** Provider: Mr Tomas Dvorak, customer success manager. Customer: Ms Shen Li, IT manager.

**Signed for Provider:** ____________________ Date: ________

**Signed for Customer:** ____________________ Date: ________

## Part B - General Terms

**1. Definitions.** "Customer Data" means all data entered into the platform by or for Customer, including lift records, work orders, photographs, client contacts and technicians' data. "Service" means the subscribed services in Part A. "Subscription Year" means each successive period that starts on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary.

**2. Service.** Provider grants Customer a non-exclusive right to use the Service during the Subscription Term for its internal business. Provider hosts the Service on servers located in Shanghai, operated by Provider's licensed local hosting partner named in Annex 1.

**3. Service levels.**
3.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 China Standard Time.
3.2 Provider shall respond to incidents as follows: Severity 1 (the Service or the mobile app is unavailable for all users): response within 30 minutes, 24 hours a day, restoration within 6 hours; Severity 2 (a major function is unavailable): response within 2 hours, resolution within 2 working days; Severity 3: response within 1 working day.
3.3 If monthly availability falls below the commitment in 3.1, Provider shall grant a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point below it, up to 50% of the monthly subscription fee. For each missed Severity 1 response or restoration time, Provider shall grant a credit of 3% of the monthly subscription fee. Credits are deducted from the next invoice.

**4. Customer Data.**
4.1 Customer owns all Customer Data. Provider processes Customer Data only to provide the Service and on Customer's documented instructions.
4.2 Notwithstanding 4.1, Provider may collect and use aggregated and anonymised data derived from Customer Data and from Customer's use of the Service, such as work order durations, failure types and parts consumption, to improve its products, to prepare industry benchmarks and to offer benchmark reports to other customers. This right continues after the end of the Subscription Term.

**5. Data security.**
5.1 Provider shall implement and maintain the technical and organisational measures described in Annex 2, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups kept in mainland China, and logging of all administrative access. Provider maintains an ISO/IEC 27001 certificate and an MLPS level 3 filing for the Service.
5.2 Provider shall notify Customer of any security incident affecting Customer Data without undue delay and at the latest within 24 hours, shall cooperate with Customer and the authorities, and shall bear all costs and losses caused by an incident for which Provider or its hosting partner is responsible.
5.3 At the end of the Subscription Term Provider shall return all Customer Data in a standard format and then delete it.

**6. Configurations.** Checklists, workflows, report templates and interface mappings created for Customer are Customer's property. Customer may use, modify and disclose them freely, including to a successor provider.

**7. Confidentiality.** Each party shall keep confidential the non-public information of the other party received under this agreement, shall use it only for this agreement and shall not disclose it to third parties without prior written consent. This clause survives for three years after the end of the Subscription Term.

**8. Subcontracting.** Apart from the hosting partner named in Annex 1, Provider shall not subcontract any part of the Service or appoint any sub-processor without Customer's prior written consent. Provider remains responsible for its subcontractors.

**9. Limitation of liability.**
9.1 Neither party is liable for indirect or consequential loss or loss of profit.
9.2 Each party's total liability arising out of or in connection with this agreement in any event shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.
9.3 The limits in 9.1 and 9.2 do not apply to personal injury, wilful misconduct or Customer's payment obligations.

**10. Termination.**
10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
10.2 Customer may terminate by written notice if monthly availability falls below 99.0% in any two months of a Subscription Year.
10.3 On termination Provider shall refund any fees paid for the period after termination.

**11. Governing law and disputes.** This agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

**12. Customer responsibilities.** Customer shall name an administrator, keep user credentials secure, ensure that its users comply with the acceptable use rules in Annex 3, provide the lift register and contract data in the agreed templates, and make its finance team available for interface testing.

**13. Force majeure.** Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics, war or government action, provided that it notifies the other party within three days, provides evidence within fifteen days and does its best to limit the effects. Time for performance is extended by the duration of the event. Payment obligations for services already provided are not excused.

**14. Notices.** Notices under this agreement shall be in writing and sent by courier or by e-mail to the contacts named in this agreement. A notice sent by e-mail is received on the next working day unless the sender receives an error message. Each party shall inform the other in writing of any change of its contact details within three working days.

**15. General.** This agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices shall be sent to the contacts in Part A.
"""

H470E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE MONITORING SENSORS
P:Contract No. HX-CC-2026-073
P:Buyer: Jiaxing Hengxin Cold Chain Logistics Co., Ltd., No. 1288 Pinghu Road, Jiaxing Economic Development Zone, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Alpensens AG, Technoparkstrasse 2, 8406 Winterthur, Switzerland (the "Supplier").
P:Background: The Buyer operates a cold store in Jiaxing with 14 frozen and chilled chambers, two loading docks and a pharmaceutical storage area. It needs continuous temperature, humidity, door and energy monitoring that meets GSP requirements and its customers' audit rules. After a tender held by the Buyer, the Supplier was selected. This contract is made on the Buyer's standard form. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, gateways and monitoring software listed in Section 2, and shall train the Buyer's staff (together, the "System").
P:1.2 The System shall record the temperature and humidity of every chamber at intervals of not more than 60 seconds, raise alarms by SMS, phone call and the mobile app, and keep records in a form that the Buyer can present to auditors.
P:1.3 The Supplier shall deliver a site survey, an installation drawing for each chamber and a calibration certificate for each sensor, traceable to a national metrology institute.
H:Section 2 Price
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, IP67, -40 to +60 degrees C|420|1,180|495,600
TB:2|LoRa gateways with 4G backup and battery|18|9,800|176,400
TB:3|Door contact and energy metering sensors|64|1,650|105,600
TB:4|Alpensens Monitor software, perpetual site licence with mobile app|1|186,000|186,000
TB:Hardware and Licence Subtotal||||963,600
TB:5|Installation, cabling of gateways, calibration and commissioning|1|118,000|118,000
TB:6|Training of operators and maintenance staff|1|14,400|14,400
TB:Contract Price||||1,096,000
P:2.2 The Contract Price of CNY 1,096,000 is fixed. It includes delivery DDP to the Buyer's site, customs duties, import value-added tax, insurance, installation, travel and all other costs of the Supplier.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 109,600) within 15 working days after signature, against an advance payment guarantee from a bank in mainland China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 602,800) within 15 working days after the Installation Certificate. The Installation Certificate confirms only that the System is installed and does not constitute acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 383,600) within 15 working days after the Final Acceptance Certificate.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 70 days after signature and complete installation within 25 days after delivery.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reads within plus or minus 0.3 degrees C of a reference thermometer at three test points; (b) the recorded data of every chamber show no gap longer than 5 minutes during the test run; (c) alarms reach the on-duty phones within 60 seconds in all test cases; (d) records and audit trails meet the Buyer's GSP checklist; and (e) drawings, certificates and manuals are handed over.
P:5.2 If the criteria are met, the Buyer shall issue the Final Acceptance Certificate within 7 working days. Installation, use of the System or any payment shall not be deemed acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective sensor, gateway or battery and provide software updates free of charge, including travel and shipping.
P:6.2 The Supplier shall keep a stock of spare sensors and gateways in Shanghai equal to at least 5 sets of each item.
H:Section 7 Service Levels
TB:Severity|Definition|Response|On site
TB:Critical|Loss of monitoring or alarms for one or more chambers|30 minutes|6 hours
TB:Major|Loss of a gateway with backup working, or wrong readings of several sensors|2 hours|next working day
TB:Minor|Single sensor or user interface problem|1 working day|as agreed
P:7.2 For each hour by which the Supplier exceeds a Critical response or on-site time, the Buyer may deduct CNY 600 from any amount due to the Supplier.
H:Section 8 Support after the Warranty
P:8.1 After the warranty, the Supplier shall offer annual support on the same terms as Sections 6 and 7. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 77,088 per year, fixed for the first three support years.
P:8.2 Support shall be ordered by the Buyer's purchase order for each support year and does not renew automatically.
H:Section 9 Data and Security
P:9.1 All readings, alarms, records and configuration data of the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract.
P:9.2 The software is installed on the Buyer's server in Jiaxing. Remote access by the Supplier requires the Buyer's approval for each session, is made through the Buyer's VPN and is logged. The Supplier shall not copy Buyer Data out of the Buyer's network and shall comply with the PRC Data Security Law.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, shall remedy it, and shall be liable for losses caused by its breach of this Section.
H:Section 10 Intellectual Property
P:10.1 The software remains the property of the Supplier; the Buyer receives a perpetual licence to use it.
P:10.2 Drawings, chamber layouts, alarm rules, dashboards and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to third parties.
H:Section 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer list, stock data and site layout, and shall not disclose it without the other party's prior written consent. This obligation survives termination for three years.
H:Section 12 Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 11, which are not limited.
H:Section 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:Section 14 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Section 4.2 reach their maximum. The Supplier shall then refund the amounts paid for the parts of the System not accepted.
H:Section 15 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
H:Section 16 Project Management and Site Rules
P:16.1 The Supplier shall appoint a project manager who speaks Chinese and who attends a weekly progress meeting at the site. The project manager shall keep a site diary and report progress, risks and open issues in writing every week.
P:16.2 The Supplier's staff shall follow the Buyer's site rules for cold rooms, including the use of protective clothing, limits on working time inside frozen chambers, forklift traffic rules and food and medicine hygiene rules. The Supplier shall insure its staff against accidents and hold third-party liability insurance for the duration of the work.
H:Section 17 Force Majeure
P:Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics, war or government action, provided that it notifies the other party within three days, provides evidence within fifteen days and does its best to limit the effects. Time for performance is extended by the duration of the event. Payment obligations for services already provided are not excused.
H:Section 18 Notices and Assignment
P:18.1 Notices under this agreement shall be in writing and sent by courier or by e-mail to the contacts named in this agreement. A notice sent by e-mail is received on the next working day unless the sender receives an error message. Each party shall inform the other in writing of any change of its contact details within three working days.
P:18.2 Neither party may assign this agreement or any right under it without the prior written consent of the other party, except that either party may assign it to a successor of its entire business after written notice, provided the successor accepts all obligations under this agreement.
H:Section 19 General
P:This contract is made in English and Chinese, both texts being equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H470E04 = """# Managed Workplace Services Agreement

**Agreement No.:** TMS-FS-2026-027

**Between**

**Tatra Managed IT s.r.o.**, Hlavna 68, 040 01 Kosice, Slovak Republic ("Supplier"), and

**Foshan Meijia Furniture Co., Ltd.**, No. 3 Lecong Avenue, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer").

**Background.** Customer makes and sells sofas and panel furniture from two factories and four showrooms in Guangdong, with about 1,100 desktop and laptop computers. Customer wishes to outsource the management of its end-user devices, the service desk and the backup of its file servers. Supplier provides these services to manufacturers in Europe and Asia through its delivery centre in Kosice and its team in Guangzhou. Prices are stated in Chinese Yuan (CNY) at Customer's request.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Customer Data" means all data stored on Customer's devices and servers or processed by Supplier for Customer, including design files, orders, customer lists and employees' personal information.

1.3 "Service Commencement Date" means the day after Customer signs the Transition Acceptance Certificate.

1.4 "Initial Term" means 24 months from the Service Commencement Date.

## 2. Services and term

2.1 Supplier shall perform the transition described in Schedule 1 and then provide the Services during the Initial Term.

2.2 The agreement ends at the end of the Initial Term unless the parties sign a written extension. There is no automatic renewal.

2.3 Supplier shall keep at least two engineers on site at Customer's Shunde factory on working days and a service desk available in Chinese and English from 07:30 to 21:00 China Standard Time, seven days a week.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,180,000.

3.2 The monthly charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid invoice. The transition charge is invoiced after Transition Acceptance. No amount is payable in advance.

3.3 Additional devices above 1,150 are charged at the per-device rate in Schedule 2; such charges are not part of the Total Contract Value.

## 4. Transition and acceptance

4.1 Supplier shall complete transition within 45 days after signature.

4.2 Transition Acceptance requires that: (a) all devices are enrolled in Supplier's management platform and inventoried; (b) backup of all file servers has run successfully for 14 consecutive days and a full test restore of one server has been completed; (c) the service desk has handled tickets for 10 working days in a pilot site; and (d) the runbooks and the contact list have been approved by Customer. Customer shall sign the Transition Acceptance Certificate within 5 working days after the criteria are met. Use of any Service before that is not acceptance.

4.3 If Transition Acceptance is late for reasons attributable to Supplier, Supplier shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000.

## 5. Service levels

5.1 Supplier shall meet the service levels in Schedule 3. Priority 1 incidents (a factory or showroom cannot work, or a file server or backup has failed) shall be responded to within 30 minutes.

5.2 If Supplier misses a service level in a month, Customer shall receive the service credits in Schedule 3, deducted from the next invoice.

## 6. Customer Data and security

6.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to provide the Services and shall not sell, analyse or disclose it for any other purpose.

6.2 Supplier shall apply the security practices that it applies across its customer base and may change them from time to time.

6.3 Supplier does not accept any responsibility or liability for the loss, corruption, unauthorised access to or disclosure of Customer Data, however caused, including by attacks, malware or the acts of Supplier's personnel. Customer remains solely responsible for the security of Customer Data and for keeping its own copies.

## 7. Work products

Runbooks, scripts, device images, configuration baselines and reports prepared for Customer under this agreement belong to Customer, which may use, modify and hand them to a successor provider freely.

## 8. Confidentiality

Each party shall keep confidential the non-public business and technical information of the other party, use it only for this agreement and not disclose it to any third party without the other party's prior written consent. This clause survives for three years after the end of the agreement.

## 9. Subcontracting

Supplier may subcontract any part of the Services, including on-site support and field repairs, to subcontractors of its choice in the People's Republic of China or abroad, by giving Customer written notice 10 days before the subcontractor starts work. Supplier remains responsible for its subcontractors' performance.

## 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Each party's total liability under this agreement is limited to 150% of the Total Contract Value, except for personal injury and wilful misconduct.

## 11. Termination

11.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 Customer may terminate the agreement by written notice if Supplier misses the Priority 1 response time more than three times in any two consecutive months.

11.3 On expiry or termination Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 2 and shall return all Customer Data.

## 12. Governing law and disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. Governance

The parties shall hold a monthly service review to discuss the service report, open incidents, planned changes and improvement actions, and a quarterly review with Customer's IT director and Supplier's account manager. Supplier shall keep a change log and shall not make changes to Customer's devices or servers outside the agreed change windows without Customer's approval.

## 14. Force majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, typhoons, epidemics, war or government action, provided that it notifies the other party within three days, provides evidence within fifteen days and does its best to limit the effects. Time for performance is extended by the duration of the event. Payment obligations for services already provided are not excused.

## 15. Notices, assignment and anti-bribery

15.1 Notices under this agreement shall be in writing and sent by courier or by e-mail to the contacts named in this agreement. A notice sent by e-mail is received on the next working day unless the sender receives an error message. Each party shall inform the other in writing of any change of its contact details within three working days.

15.2 Neither party may assign this agreement or any right under it without the prior written consent of the other party, except that either party may assign it to a successor of its entire business after written notice, provided the successor accepts all obligations under this agreement.

## 16. General

This agreement, with its three Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

**For Supplier:** ____________________ **For Customer:** ____________________

## Schedule 1 - Services

| Service | Description |
|---|---|
| Transition | Inventory of all devices, enrolment in the management platform, backup set-up, knowledge transfer from Customer's IT team |
| Service desk | Ticket handling by phone, chat and e-mail for all users, 07:30-21:00, seven days a week |
| Device management | Patching, antivirus, software distribution, imaging and replacement of devices |
| On-site support | Two engineers in Shunde on working days; visits to the other sites within one working day |
| Backup | Daily backup of six file servers, monthly restore test, retention of 90 days |
| Reporting | Monthly service report with tickets, service levels and device status |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 64,000 |
| Monthly charge, up to 1,150 devices, six file servers | 24 months x 46,500 | 1,116,000 |
| Total Contract Value | | 1,180,000 |
| Additional device | per device per month | 38 |
| Exit assistance | per engineer day | 2,200 |

## Schedule 3 - Service levels and credits

| Priority | Example | Response | Resolution | Credit per miss |
|---|---|---|---|---|
| P1 | factory or showroom cannot work, file server or backup failed | 30 minutes | 6 hours | 3% of the monthly charge |
| P2 | one department or key user affected | 2 hours | 1 working day | 1% of the monthly charge |
| P3 | single user, request or question | 8 working hours | 3 working days | none |

Monthly credits are limited to 20% of the monthly charge.
"""

H470E05 = """WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. AMD-2026-CN-014

PARTIES

Alfold Meteo Data Kft., Piac utca 45, 4025 Debrecen, Hungary ("Provider").

Weifang Hengtai Seed Co., Ltd., No. 210 Dongfeng East Street, Kuiwen District, Weifang, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer breeds and sells maize and wheat seed and runs field trials on about 180 trial sites in northern China. Customer wishes to draw weather forecasts, historical weather series and soil moisture estimates for its trial sites into its breeding database and its agronomy app. Provider operates a weather data service with a programming interface (the "API"). The parties therefore agree as follows. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means Provider's weather data programming interface, with its documentation and client libraries.

1.2 "Data" means the forecasts, historical series, indices and estimates delivered through the API.

1.3 "Customer Data" means the site coordinates, trial names, user accounts and other information that Customer sends to Provider.

1.4 "Subscription Year" means each successive period starting on the Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.5 "Start Date" means the day after Customer signs the Integration Acceptance note.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, for two Subscription Years from the Start Date, to call the API and to use the Data in Customer's breeding database, agronomy app and internal reports, for up to 250 sites and up to 2,000,000 API calls per Subscription Year.

2.2 Customer may show the Data to its growers and distributors inside the agronomy app, but shall not resell the Data as a separate product.

2.3 The subscription ends at the end of the second Subscription Year. A renewal requires a new written agreement.

3. INTEGRATION SUPPORT

3.1 Provider shall help Customer connect the API to its breeding database and its app: a mapping of Customer's trial sites, a connector for Customer's database, sample code and two remote workshops for Customer's developers.

3.2 Provider shall make the integration ready for acceptance within 40 days after signature. Integration Acceptance requires that: (a) all trial sites are mapped and return forecasts and historical series; (b) a test load of 10,000 calls completes without errors; (c) the connector loads one full season of historical data into the breeding database and the totals match Provider's reference file; and (d) the workshops have been held. Customer shall sign the Integration Acceptance note within 5 working days after the criteria are met.

3.3 If the integration is not ready for acceptance on time for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, up to CNY 12,000.

4. FEES AND PAYMENT

4.1 Subscription fee: CNY 198,000 per Subscription Year, for two Subscription Years, CNY 396,000 in total.

4.2 Integration support: CNY 24,000, one-time.

4.3 Total fees under this agreement: CNY 420,000, including value-added tax.

4.4 The subscription fee is invoiced quarterly in arrears, CNY 49,500 per quarter. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. Nothing is payable before the Start Date.

4.5 API calls above the yearly allowance are charged at CNY 0.08 per call and invoiced with the next quarterly invoice; these charges are not part of the total fees.

5. SERVICE

5.1 Provider will use reasonable efforts to keep the API available and to correct errors in the Data.

5.2 Provider makes no commitment as to availability of the API, response or resolution times for incidents, or the accuracy of forecasts. No service credits apply.

5.3 Provider will announce planned maintenance on its status page. Support requests may be sent by e-mail to Provider's support team, which works on Hungarian working days.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to deliver the API and the Data to Customer and shall not disclose it to third parties or use it for any other purpose.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication, and logging of all access. Customer Data shall be stored only on servers in the cloud region chosen by Customer in mainland China.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, shall take all reasonable steps to contain it, and shall be liable for the losses caused to Customer by an incident for which Provider is responsible.

6.4 At the end of the subscription Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The API and the Data remain the property of Provider or its licensors. Customer may keep and use Data delivered during the subscription in its internal breeding records after the end of the subscription.

7.2 The site mapping and the connector made for Customer under clause 3 belong to Customer. Provider shall hand over their source code, and Customer may use, modify and license them freely.

8. SUBCONTRACTING

Provider shall not subcontract the integration support or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9. LIABILITY

9.1 Neither party is liable for indirect loss, loss of crops or loss of profit.

9.2 Each party's total liability under this agreement is limited to 200% of the total fees under clause 4.3, except for personal injury and wilful misconduct.

10. TERMINATION

10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

10.2 If Customer terminates under 10.1, Provider shall refund the fees paid for the period after termination.

11. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, government action or failures of public networks, provided that it notifies the other party promptly and does its best to limit the effects.

12. CUSTOMER OBLIGATIONS

Customer shall keep its API keys secure, shall not share them with third parties other than its own app hosting provider, and shall inform Provider without delay if a key may have been disclosed. Customer is responsible for calls made with its keys. Customer shall name a technical contact for the integration and provide the list of trial sites with their coordinates in the agreed format.

13. USE OF DATA BY CUSTOMER

Customer may combine the Data with its own trial results, derive indices and models from it and publish summary results in its seed catalogues and trial reports, with a reference to Provider as the source of the weather data. Customer shall not use the Data to build a competing weather data service.

14. NOTICES AND ASSIGNMENT

Notices under this agreement shall be in writing and sent by courier or by e-mail to the contacts named in this agreement. A notice sent by e-mail is received on the next working day unless the sender receives an error message. Each party shall inform the other in writing of any change of its contact details within three working days. Neither party may assign this agreement or any right under it without the prior written consent of the other party, except that either party may assign it to a successor of its entire business after written notice, provided the successor accepts all obligations under this agreement.

15. ANTI-BRIBERY

Each party shall comply with the anti-bribery laws that apply to it. Neither party shall offer or give any payment, gift, hospitality or other advantage to the employees of the other party in order to obtain or keep business under this agreement.

16. INVOICES AND TAXES

Provider shall issue invoices in CNY to the invoicing details given by Customer in writing. Each invoice shall show the period, the number of API calls made in that period and any calls above the allowance. Customer may withhold any part of an invoice that it disputes in good faith, provided that it pays the undisputed part on time and informs Provider of the reasons within ten working days. Each party bears its own taxes as required by law.

17. COMPLIANCE

Each party shall comply with the laws that apply to its performance of this agreement, including the rules of the People's Republic of China on the collection and use of meteorological data and on data leaving the country.

18. GOVERNING LAW AND DISPUTES

This agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.

19. GENERAL

19.1 This agreement is the entire agreement of the parties on its subject and replaces all earlier proposals.

19.2 Changes must be made in writing and signed by both parties.

19.3 This agreement is made in English in two originals, one for each party.

Signed for Provider: ____________________  Name: ____________  Date: __________

Signed for Customer: ____________________  Name: ____________  Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language)
    "h470z01": ("h470z01_fire_brigade_smart_supervision_platform.pdf", "pdf", "zh"),
    "h470z02": ("h470z02_distillery_control_system_retrofit.docx", "docx", "zh"),
    "h470z03": ("h470z03_bakery_chain_order_member_saas.txt", "txt", "zh"),
    "h470z04": ("h470z04_social_insurance_system_annual_om.txt", "txt", "zh"),
    "h470z05": ("h470z05_condiment_batching_software_supplier_template.md", "md", "zh"),
    "h470e01": ("h470e01_aps_perpetual_licence_austrian_vendor.pdf", "pdf", "en"),
    "h470e02": ("h470e02_field_service_saas_order_form_czech_vendor.md", "md", "en"),
    "h470e03": ("h470e03_cold_store_sensors_swiss_supplier.docx", "docx", "en"),
    "h470e04": ("h470e04_managed_workplace_service_slovak_supplier.md", "md", "en"),
    "h470e05": ("h470e05_weather_data_api_hungarian_provider.txt", "txt", "en"),
}
SOURCES = {"h470z01": H470Z01, "h470z02": H470Z02, "h470z03": H470Z03, "h470z04": H470Z04, "h470z05": H470Z05,
           "h470e01": H470E01, "h470e02": H470E02, "h470e03": H470E03, "h470e04": H470E04, "h470e05": H470E05}

# ---------------------------------------------------------------- labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: category, term overrides, extra overrides, TCO inputs (fee base, years of fee inside the horizon), forum
# outside mainland, and the rules I designed the draft to fire
DESIGN = {
    "h470z01": dict(category="software", value=1830000,
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                           subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True), fee_base=960000,
                    rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h470z02": dict(category="hardware", value=2536000,
                    t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                           termination_for_breach=False, contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True), fee_base=2226000,
                    rules=["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h470z03": dict(category="cloud", value=283200,
                    t=dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=500 / 283200 * 100,
                           auto_renewal_price_increase=True),
                    x={}, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h470z04": dict(category="services", value=1240000,
                    t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
                    x={}, rules=[]),
    "h470z05": dict(category="software", value=880000,
                    t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           liability_cap_pct=680000 / 880000 * 100, prepayment_pct=50, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                           subcontract_without_consent=None,  # relabelled by the requester after the first run: silent, as these notes say
                           contract_kind="goods_or_licence"),
                    x=dict(ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
                    fee_base=680000,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                           "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h470e01": dict(category="software", value=1646000,
                    t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                           governing_law="Austria", contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True), fee_base=1180000,
                    rules=["CR-GOVERNING-LAW"]),
    "h470e02": dict(category="cloud", value=850000,
                    t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                           ld_rate_per_day_pct=900 / 850000 * 100, liability_cap_pct=6 / 36 * 100),
                    x={}, rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h470e03": dict(category="hardware", value=1096000,
                    t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                           contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True), fee_base=963600, rules=[]),
    "h470e04": dict(category="services", value=1180000,
                    t=dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=1000 / 1180000 * 100,
                           liability_cap_pct=150, subcontract_without_consent=True),
                    x={}, rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h470e05": dict(category="cloud", value=420000,
                    t=dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=300 / 420000 * 100,
                           liability_cap_pct=200),
                    x=dict(sla_clause=False), rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
FORUM_OUTSIDE = {"h470e01"}  # Vienna seat


def label(key):
    d = DESIGN[key]
    t = dict(BASE, **d["t"])
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": True, "ld_stated": True}
    if goods:
        x["post_warranty_fee_capped"] = True
    x["acceptance_deemed_on_delivery"] = False
    x.update(d["x"])
    x["contract_value"] = d["value"]
    name, fmt, lang = FILES[key]
    return {"file": name, "language": lang, "category": d["category"],
            "expected_terms": {k: t[k] for k in T_KEYS}, "expected_extra": x}


def tco_share(key, lab):
    """policy section 4: horizon 5 years from acceptance; fee for every year after the warranty, pro rata."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    fee = t["post_warranty_fee_pct"] / 100 * DESIGN[key]["fee_base"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    tco = x["contract_value"] + post
    return post / tco * 100, tco


def my_rules(key, lab):
    """My own reading of policy.md section 3 applied to the labels."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(key, lab)[0] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZH_NUM = "零一二三四五六七八九十百千点"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)" + PCT, r"百分之九十九点九(?![" + ZH_NUM + "])",            # availability
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?|hrs?)", r"四个?小时", r"four[\s-]*hours?",   # P1 response
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)", r"二百四十分钟",
    r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![" + ZH_NUM + "])", r"千分之零点五",    # LD
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![" + ZH_NUM + "])", r"one\s*hundred" + PCT,  # cap
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![" + ZH_NUM + "])", r"三成", r"thirty" + PCT,     # prepayment
    r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?)", r"(?<![\d.])12-months?", r"十二个月", r"twelve[\s-]*\(?1?2?\)?[\s-]*months?",
    r"一年", r"壹年", r"(?<![\d.])1\s*(?:年|years?)", r"(?<![a-z])one[\s-]*years?",                  # warranty
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![" + ZH_NUM + "])", r"fifteen" + PCT,  # post-warranty fee
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![" + ZH_NUM + "])", r"四成", r"forty" + PCT,  # TCO share
    r"(?<![\d.])5\s*(?:年|years?)", r"五年", r"(?<![a-z])five[\s-]*years?", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)",
    r"六十个月", r"sixty[\s-]*months?",                                                     # horizon
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.90 percent", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240分钟",
            "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "30%", "30 per cent",
            "百分之三十", "三成", "12个月", "12 个月", "十二个月", "12 months", "12-month", "twelve months",
            "twelve (12) months", "一年", "one year", "one-year", "1 year", "15%", "15 percent", "百分之十五", "40%",
            "四成", "百分之四十", "5年", "5 年", "五年", "five years", "five-year", "5 years", "60 months", "60个月",
            "六十个月", "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "48小时", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "0.5%", "150%", "1.5%",
             "300%", "2025年", "2026年", "2031年", "万分之五十", "万分之三", "服务年度", "一个服务年度", "Subscription Year",
             "Subscription Years", "36个月", "112 months", "24 months", "35%", "45%", "140%", "百分之四十五",
             "四十五日", "三十日", "anyone years"[:3], "4020 Linz", "4G backup", "240,000", "10%"]


def threshold_hits(text):
    views = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    hits = []
    for vname, v in views.items():
        for rx in THRESHOLD_RE:
            for m in rx.finditer(v):
                hits.append((vname, rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # txt / md are written as they are; docx / pdf from the markup
    for key, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
    write({k: SOURCES[k] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (name, fmt, lang) in FILES.items():
        lab = label(key)
        rules = my_rules(key, lab)
        assert rules == sorted(DESIGN[key]["rules"]), (key, rules, DESIGN[key]["rules"])
        lab["expected_rules"] = rules
        fired |= set(rules)
        for k, thr in THRESHOLD_VALUES.items():
            v = lab["expected_terms"][k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        tco = ""
        if lab["expected_terms"]["contract_kind"] == "goods_or_licence":
            share, total = tco_share(key, lab)
            assert abs(share - 40) > 2, (key, share)
            tco = " TCO %.0f share %.1f%%" % (total, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        extra = " (no-ws %d)" % len(re.sub(r"\s", "", text)) if lang == "zh" else ""
        print("%-60s %s %5d%s %-6s %s%s" % (name, lang, n, extra, risk(rules), ", ".join(rules) or "(none)", tco))
        if not lo <= n <= hi:
            problems.append("length %s %d" % (name, n))
        for src_name, t in (("built", text), ("source", SOURCES[key])):
            for h in threshold_hits(t):
                problems.append("threshold %s %s %s" % (name, src_name, h))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    risks = {k: risk(label_rules) for k, label_rules in ((k, my_rules(k, label(k))) for k in FILES)}
    compliant = [k for k in FILES if not my_rules(k, label(k))]
    assert sorted(compliant) == ["h470e03", "h470z04"], compliant
    assert [k for k in FILES if my_rules(k, label(k)) == ["CR-GOVERNING-LAW"]] == ["h470e01"]
    assert len(my_rules("h470z05", label("h470z05"))) >= 8
    assert sum(1 for k in FILES if 2 <= len(my_rules(k, label(k))) <= 3) == 6
    print("risks:", risks)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
