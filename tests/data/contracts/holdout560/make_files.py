"""holdout560: builds ten ordinary draft contracts (5 zh, 5 en), writes their labels, derives each draft's expected
rules from its labels (own reading of policy.md section 3), checks coverage, lengths and that no threshold figure
appears anywhere. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
H560Z01 = """
T:淮川市不动产登记信息平台升级项目政府采购合同
P:合同编号：HCZRJ-2026-CG-017
P:采购人（甲方）：淮川市自然资源局，地址：淮川市新城区政务大道88号
P:供应商（乙方）：杭州数衡信息技术有限公司，地址：杭州市西湖区文三路199号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及淮川市不动产登记信息平台升级项目（项目编号：HCCG-2026-0213）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供不动产登记业务平台软件许可、电子证照模块许可及数据库中间件许可，并完成定制开发、历史数据迁移、部署实施与培训，使平台满足招标文件所列全部技术需求。
P:1.2 定制开发内容包括：“一窗受理”前台及其与税务、公安、民政、市场监管等部门的数据接口，登记簿与档案影像挂接，移动端预约、查询功能，以及甲方指定的统计报表。
P:1.3 实施地点为甲方机房及市、区两级不动产登记大厅。乙方应为甲方培训系统管理员及窗口业务人员，培训不少于10个工作日。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零肆万元整（¥2,040,000），为固定总价，包括软件许可、开发、迁移、实施、培训、税费及乙方为完成本项目所需的全部费用。甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|不动产登记业务平台软件许可|1套|860,000
TB:2|电子证照模块许可|1套|180,000
TB:3|数据库中间件许可|1套|140,000
TB:|软件许可小计||1,180,000
TB:4|定制开发|1项|620,000
TB:5|历史数据迁移|1项|156,000
TB:6|部署实施及培训|1项|84,000
TB:|合计||2,040,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额有效发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥408,000。
P:3.2 平台完成部署、历史数据迁移完毕并通过初步验收后，甲方支付合同总价的45%，即¥918,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥714,000。
P:3.4 因财政资金拨付流程导致的合理延迟，不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成平台部署和历史数据迁移，并提交初步验收申请；初步验收通过后，平台进入60日试运行。
P:4.2 乙方应派驻项目经理及不少于6名实施人员，项目经理变更须经甲方书面同意。乙方应每周向甲方提交项目进度报告。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能逐项测试通过；（2）迁移数据与原系统逐条比对一致，差错率不高于万分之一；（3）与税务、公安等部门的接口联调成功；（4）在300个并发用户下，业务查询响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的安全测评报告无高风险问题；乙方已交付全部源代码、接口文档、运维手册和培训记录。
P:5.3 验收由甲方组织，可邀请专家参加，并形成书面验收报告。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内，乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内平台月可用率不低于99.95%。故障分为三级：一级故障（登记业务无法办理）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方每超过约定响应或恢复时限1小时，应向甲方支付违约金1,000元；月可用率每低于约定值0.01个百分点，乙方支付违约金2,000元。上述款项甲方可从应付款中直接扣除。
P:6.4 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过软件许可小计的8%（即¥94,400），自质保期满起三个服务年度内不上调。维护合同不自动续期。
H:第七条 数据安全
P:7.1 平台中的不动产登记数据、权利人信息、档案影像及操作日志均属于甲方，乙方仅为履行本合同接触、处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求；实施人员须签署保密承诺，通过甲方堡垒机进行操作，所有操作留存日志；迁移测试须使用甲方提供的脱敏数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 双方对在履行本合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:第九条 知识产权
P:9.1 定制开发形成的软件、接口程序、源代码、文档及报表模板的知识产权归甲方所有，甲方可自行使用、修改并许可第三方使用。
P:9.2 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明；受影响的履行期限相应顺延，双方均不承担违约责任。
P:14.2 不可抗力持续超过60日的，双方可协商变更或解除合同。
H:第十五条 其他
P:15.1 双方联系人及通知地址以本合同首部所载为准，变更应提前书面通知对方。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：淮川市自然资源局　　乙方（盖章）：杭州数衡信息技术有限公司
P:代表签字：__________　　代表签字：__________
P:日期：2026年3月　日　　日期：2026年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, ACCEPTANCE + SUBCONTRACT)
H560Z02 = """
T:定型机电气控制系统改造及维保合同
P:合同编号：HF-SB-2026-009
P:甲方（买方）：绍兴柯桥华纺印染有限公司
P:乙方（卖方）：常州恒驰自动化科技有限公司
P:鉴于甲方拟对其三号车间6台拉幅定型机的电气控制系统进行改造，乙方具备相应的设计、供货和施工能力，双方经友好协商，就改造及后续维保事宜达成如下协议，共同遵守。
H:一、改造范围
P:（一）乙方负责6台定型机原有控制柜、触摸屏、变频器的拆除和更换，加装温控及排风控制模块、能耗监测仪表，安装控制软件及车间集中监控软件。
P:（二）乙方负责开发与甲方现有MES系统的数据接口，实现车速、温度、风机频率、门幅、能耗等参数的自动采集与工艺配方下发。
P:（三）改造须在甲方安排的停机窗口内分批进行，每台设备停机时间不超过6日，乙方应提前提交施工方案和安全措施。
H:二、合同价格
P:（一）合同总价为人民币壹佰伍拾柒万捌仟元整（¥1,578,000），含税、运输、安装、调试及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6台|98,000|588,000
TB:2|触摸屏HMI|6台|16,500|99,000
TB:3|变频器|48台|5,200|249,600
TB:4|温控及排风控制模块|6套|23,000|138,000
TB:5|能耗监测仪表|6套|9,800|58,800
TB:6|控制软件及集中监控软件许可|1套|186,000|186,000
TB:|软硬件小计|||1,319,400
TB:7|拆除、安装及调试|1项|168,000|168,000
TB:8|MES接口开发|1项|72,000|72,000
TB:9|操作及维护培训|1项|18,600|18,600
TB:|合计|||1,578,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥315,600。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的60%，即¥946,800。
P:（三）全部设备安装调试完成、开机运行后，甲方支付合同总价的20%，即¥315,600。
P:（四）乙方每次收款前应向甲方开具合法有效的增值税专用发票。
P:（五）甲方付款前，乙方应提交设备装箱单、出厂检验报告及原厂授权书等付款所需资料；资料不全的，甲方付款期限相应顺延，且不视为甲方逾期付款。
H:四、交货、安装与验收
P:（一）乙方应在合同签订后45日内将全部设备运至甲方车间，并在到货后50日内完成全部6台设备的安装调试。
P:（二）每台设备安装调试完成并开机运行，即视为甲方对该台设备验收合格，甲方无需另行出具验收报告。
P:（三）甲方在设备开机运行后发现质量问题的，按本合同第五条质保条款处理。
P:（四）设备到货时，双方共同开箱清点，核对型号、数量及外观，并签署到货签收单；签收单仅确认到货数量。
H:五、质量保证
P:（一）质保期为自设备安装调试完成之日起十八个月。质保期内，乙方对非人为损坏的硬件免费维修或更换，对软件缺陷免费修复。
P:（二）故障分级及响应：一级故障（定型机停机或温控失灵）乙方应在30分钟内远程响应，3小时内到达现场，10小时内排除；二级故障（单项功能异常）2小时内响应，24小时内排除；三级故障在3个工作日内处理。
P:（三）乙方超过上述响应或到场时限的，每超时1小时向甲方支付违约金500元，甲方可从应付款中扣除。
H:六、质保期后维保
P:（一）质保期满后，乙方按服务年度提供维保服务，内容包括每季度一次预防性巡检、故障维修、软件升级及备件供应，故障响应标准同第五条。
P:（二）年度维保费为软硬件小计的9%，即每服务年度¥118,746，质保期满后两个服务年度内不作调整；此后如需调整，由双方书面协商，调整幅度不超过5%。
P:（三）维保费在每个服务年度结束后支付。维保服务期满不自动续期，续期须另行签订书面协议。
H:七、数据与信息安全
P:（一）定型机运行数据、工艺配方、能耗数据及MES数据均属于甲方所有，乙方仅为实施和维保目的接触，不得复制、留存或用于其他用途。
P:（二）乙方远程维护须经甲方事先批准，通过甲方指定的VPN账号进行，每次维护结束后关闭账号；乙方不得在设备中预留后门或远程控制程序，移交前应清除全部测试账号。
P:（三）发生数据泄露、篡改或工艺配方外泄的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方赔偿甲方全部损失。
H:八、保密
P:（一）乙方对在项目中知悉的甲方工艺、配方、生产计划和客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内有效。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、触摸屏画面、MES接口程序及其源代码的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:（二）控制软件及集中监控软件的知识产权归其权利人所有，乙方保证甲方获得永久使用许可。
H:十、分包
P:（一）乙方可将电缆敷设、桥架安装等现场施工工作分包给具备资质的施工单位，但应在进场前3日书面通知甲方。乙方对分包单位的工作质量和施工安全承担责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方施工过程中造成甲方设备损坏或人员伤害的，由乙方负责赔偿。
H:十二、合同解除
P:（一）乙方严重违反本合同约定，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、培训与资料
P:（一）乙方应在安装调试期间对甲方电气维修人员和操作工进行不少于3天的现场培训，内容包括控制系统原理、触摸屏操作、参数设置、常见故障处理及安全注意事项。
P:（二）乙方应在调试完成时向甲方移交电气原理图、接线图、PLC程序备份、参数清单、软件安装介质、设备说明书及合格证等资料，资料应为中文版本。
H:十四、安全生产
P:（一）乙方施工人员进入甲方车间应遵守甲方安全生产管理制度，动火、登高及带电作业须事先办理作业许可。乙方应为其施工人员购买意外伤害保险。
P:（二）因乙方违反安全规定造成人身伤亡或财产损失的，由乙方承担全部责任。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的一方，应及时通知对方并在10日内提供证明，双方根据影响程度协商延期履行或解除合同。
H:十六、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
H:十七、其他
P:（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方（盖章）：绍兴柯桥华纺印染有限公司　　乙方（盖章）：常州恒驰自动化科技有限公司
P:授权代表：__________　　授权代表：__________
P:签订日期：2026年4月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1, AUTO-RENEWAL + SLA-AVAILABILITY)
H560Z03 = """影院票务及卖品管理系统SaaS服务及实施合同

合同编号：XY-IT-2026-031
甲方：星屿影城管理（江苏）有限公司
乙方：南京云幕软件科技有限公司

鉴于甲方经营的18家影院（名单见附件一）需统一上线票务及卖品管理系统，乙方以SaaS方式提供该系统并负责实施，双方经协商达成如下条款。

1. 服务内容
1.1 乙方为甲方18家影院提供票务管理、卖品销售及库存、会员管理、排片、财务对账及经营分析功能的SaaS服务，服务通过乙方部署于中国境内的云平台提供。
1.2 乙方负责各影院的系统实施，包括基础数据配置、售票终端及自助取票机对接、卖品POS对接、与甲方会员系统及财务系统的接口开发、员工培训和上线支持。
1.3 服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。
1.4 乙方应保证系统持续符合电影票务管理相关规定及电影票务综合信息管理平台的数据上报要求，并支持影院通过微信、支付宝及会员卡等方式收款。

2. 费用
2.1 费用明细如下：
项目 | 计费方式 | 金额（元）
SaaS服务费 | 18家 × 21,600元/家/服务年度 × 3个服务年度 | 1,166,400
影院实施费 | 18家 × 6,500元/家 | 117,000
接口开发费（会员系统、财务系统） | 1项 | 86,000
合计 | | 1,369,400
2.2 上述费用均为含税价。初始服务期内SaaS服务费单价不作调整。

3. 付款
3.1 影院实施费及接口开发费合计203,000元，在全部18家影院通过上线验收后15个工作日内支付。
3.2 SaaS服务费按季度支付，每季度97,200元，在每个服务季度结束后15个工作日内支付。
3.3 甲方不向乙方支付任何预付款。
3.4 乙方应在每次收款前向甲方开具增值税专用发票，并附当季服务报告及可用率统计；甲方对服务报告有异议的，双方应在10个工作日内核对确认。

4. 实施与上线验收
4.1 乙方应在2026年6月20日前完成全部18家影院的实施，分三批上线，每批上线前3日向甲方提交上线方案。
4.2 每家影院的上线验收须满足：售票、退改签、会员储值与积分、卖品销售及库存扣减功能测试全部通过；与各售票终端、自助取票机和卖品POS联调成功；连续3个营业日系统票务数据与电影票务综合信息管理平台上报数据核对一致；卖品库存账实差异不高于千分之二。
4.3 甲方在收到乙方验收申请后5个工作日内组织验收并签署上线验收单。系统试用或影院开始售票均不视为验收合格。
4.4 乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 系统月可用率不低于99.5%，按每月实际可用分钟数除以当月总分钟数计算；经甲方书面同意的计划维护不计入不可用时间。
5.2 故障分级：一级故障（任一影院无法售票或无法核销）乙方应在15分钟内响应，1小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内恢复；三级故障在下一个工作日内处理。
5.3 月可用率低于约定值的，按以下比例减免当月服务费：低于99.5%但不低于99%的，减免5%；低于99%的，减免10%。一级故障超过恢复时限的，每超时1小时另扣减500元。
5.4 乙方提供7×24小时客服热线，并为每家影院指定服务经理。
5.5 乙方应每月向甲方提交服务报告，列明当月可用率、故障记录、处理时长及改进措施。

6. 数据安全与数据权属
6.1 甲方及观众的交易数据、会员信息、卖品及库存数据（“甲方数据”）均属于甲方，乙方仅为提供本合同服务处理甲方数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应采取加密存储、传输加密、访问权限控制、操作审计和异地备份等措施，云平台应通过网络安全等级保护三级测评。
6.3 发生数据泄露或可能泄露的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担由此造成的全部损失及相应法律责任。
6.4 合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并在甲方确认后彻底删除。
6.5 乙方应在每个服务年度委托具备资质的第三方机构对云平台进行渗透测试，并将测试结论提供给甲方。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密及非公开信息负有保密义务，保密期限至合同终止后三年。

8. 知识产权
8.1 SaaS平台的知识产权归乙方所有。
8.2 乙方为甲方开发的会员及财务接口程序、定制报表及其源代码的知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

9. 续约
9.1 服务期满前60日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。
9.2 自动续展时，乙方有权上调SaaS服务费单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前30日书面通知甲方新单价。

10. 分包
10.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

11. 违约与解除
11.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
11.2 甲方逾期付款的，按逾期金额每日万分之三支付逾期付款违约金。

12. 培训与上线支持
12.1 乙方应在每批影院上线前，对影院经理、售票员、卖品员和财务人员分岗位进行培训，每家影院现场培训不少于1天，并提供操作手册和培训视频。
12.2 每家影院上线后的首个周末及首个节假日档期，乙方应安排实施人员现场值守，协助处理售票高峰期的问题。
12.3 甲方新开业影院需接入系统的，乙方应按本合同第2.1条所列单价提供实施和SaaS服务。

13. 变更与新增需求
13.1 甲方提出超出附件二功能清单的新增需求的，乙方应在5个工作日内提交评估方案及报价，经甲方书面确认后实施。
13.2 电影主管部门或电影票务综合信息管理平台的接口规范发生变化的，乙方应在规定期限内免费完成系统调整，确保影院正常上报数据。

14. 不可抗力
14.1 因不可抗力导致一方无法履行本合同的，该方应及时通知对方并提供证明，双方根据影响程度协商延期履行、部分履行或解除合同。乙方云平台所在机房的一般性故障不属于不可抗力。

15. 通知
15.1 本合同项下的通知以书面形式送达双方首部所载地址或双方确认的电子邮箱。任何一方变更联系方式的，应提前5个工作日通知对方。

16. 争议解决
16.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会仲裁。

17. 其他
17.1 本合同自双方盖章之日起生效，一式四份，双方各执二份。附件一：18家影院名单；附件二：功能清单。

甲方（盖章）：星屿影城管理（江苏）有限公司
乙方（盖章）：南京云幕软件科技有限公司
日期：2026年5月　日
"""

# ---------------------------------------------------------------- z04 (txt, 【】+（1）, DATA-SECURITY + CONFIDENTIALITY)
H560Z04 = """临江市公园管理中心智慧停车系统运维服务合同

项目名称：临江市公园管理中心智慧停车系统年度运维服务
采购方式：竞争性磋商（项目编号：LJCG-2026-C-046）
甲方：临江市公园管理中心
乙方：临江市泊安智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方所辖7个公园共12个停车场的智慧停车系统运维服务订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

【服务内容】
（1）运维对象：7个公园12个停车场的出入口车牌识别相机、道闸、收费终端、余位显示屏、视频监控、停车管理平台软件及微信小程序支付接口（设备清单见附件一）。
（2）乙方派驻3名运维人员，每日7:00至22:00在岗；法定节假日及游园高峰期，乙方应按甲方要求增派人员。
（3）乙方每月对全部设备进行一次巡检，每季度对道闸和相机进行一次清洁保养，并在巡检后3日内提交巡检报告。
（4）乙方负责停车管理平台软件的日常维护、缺陷修复和安全补丁，以及小程序支付接口的对账和维护。
（5）乙方应在服务期开始后60日内完成附件二所列老旧道闸与相机的整改更换，所需备件由乙方提供，费用已包含在设备维修费中。
（6）乙方负责停车收费系统与甲方财务系统的每日对账，发现差错应在当日查明原因并报告甲方。

【服务期限】
（1）服务期自2026年3月1日起至2027年2月28日止。
（2）服务期满本合同自动终止；甲方如需继续采购运维服务，应依法重新组织采购。

【合同价款】
（1）合同总价为人民币肆拾叁万伍仟肆佰元整（¥435,400），为固定价格，包含人工、备件、交通、税费等全部费用。
（2）分项价格：驻场运维人员216,000元；设备巡检、保养与维修（含备件）124,800元；平台软件维护58,600元；小程序及支付接口维护36,000元。
（3）服务期内因甲方新增停车场或新增设备导致运维工作量增加的，双方可参照本合同分项单价另行签订补充协议。

【付款方式】
（1）合同价款按季度支付，每季度108,850元，在每季度考核合格并收到乙方发票后15个工作日内支付。
（2）甲方不支付预付款。

【服务标准】
（1）各停车场出入口车牌识别及收费系统月度可用率不低于99.95%。
（2）故障分级：一级故障（停车场出入口无法抬杆、无法收费或平台瘫痪）乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障（单台设备故障）30分钟内响应，8小时内修复；三级故障在2日内处理。
（3）一级故障发生时，乙方应立即启动人工放行和人工收费预案，避免车辆拥堵。
（4）一级故障每超时1小时扣减运维费300元；月度可用率低于约定值的，每低0.01个百分点扣减运维费500元；季度考核得分低于80分的，扣减当季运维费的5%。

【甲方义务】
（1）甲方应为乙方驻场人员提供值班场所、必要的办公条件及进出停车场的工作证件。
（2）甲方应指定专人负责本合同的日常联络、工作确认和季度考核，及时通知乙方设备故障和游客投诉。
（3）甲方应按合同约定及时支付运维费用。

【考核与验收】
（1）甲方每季度按附件三考核表对乙方进行考核，考核内容包括故障响应及时性、巡检和保养完成情况、整改更换进度及游客投诉处理情况。
（2）季度考核合格标准：无超时未恢复的一级故障；月巡检及季度保养全部完成并有记录；无超过7日未修复的设备故障；考核得分不低于80分。
（3）考核合格后，甲方签署季度验收单。乙方开始服务或甲方付款均不视为考核合格。

【人员要求】
（1）驻场运维人员应具备弱电或计算机相关专业背景及2年以上停车系统运维经验，上岗前应向甲方提交人员名单、身份证明和资格证书。
（2）乙方更换驻场人员须提前7日书面告知甲方并经甲方同意，同一服务期内更换人数不得超过2人。
（3）驻场人员应统一着装、佩戴工牌，遵守公园管理规定，文明对待游客。

【备品备件】
（1）乙方应在甲方指定地点储备道闸电机、道闸杆、车牌识别相机、收费终端主板等常用备件，备件种类和数量见附件一，备件消耗后应在3日内补足。
（2）更换下来的旧设备归甲方所有，乙方应登记后交甲方保管。

【应急保障】
（1）遇春节、国庆等游园高峰、大型活动或恶劣天气，乙方应提前制定保障方案并报甲方确认，保障期间每个主要停车场至少安排1名人员现场值守。
（2）乙方应每半年组织一次停车系统应急演练，演练记录提交甲方。

【运维报告】
（1）乙方应在每月5日前向甲方提交上月运维报告，内容包括故障统计、处理时长、巡检保养情况、备件消耗、收费对账情况及改进建议。

【安全生产】
（1）乙方人员在停车场作业时应设置警示标志，登高或带电作业应采取安全防护措施。因乙方原因造成人员伤亡或车辆、设备损坏的，由乙方承担全部责任。

【服务交接】
（1）服务期开始后15日内，乙方应与原运维单位完成交接，逐一核对设备台账、备件库存、平台账号及历史故障记录，发现设备缺陷的应书面报告甲方。

【停车数据】
（1）停车系统中的车辆进出记录、车牌信息、收费流水及视频图像均归甲方所有，乙方仅可为履行本合同运维之目的使用，不得用于其他任何用途。

【成果归属】
（1）乙方在服务期内为甲方编写的统计报表、配置脚本、巡检记录及运维文档归甲方所有，甲方可自行使用、修改或交由其他单位使用。

【分包】
（1）乙方不得将本合同服务转包或分包给任何第三方。

【违约责任】
（1）乙方未在约定期限内完成整改更换任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方驻场人员擅自离岗的，每人每日扣减运维费200元。
（3）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

【合同解除】
（1）乙方严重违约，连续两个季度考核不合格，或经甲方书面通知后10日内未纠正违约行为的，甲方有权解除本合同。
（2）合同解除或服务期满时，乙方应在10日内向甲方或甲方指定单位移交设备台账、账号密码、配置文件及运维文档，并配合完成交接。

【不可抗力】
（1）因不可抗力导致一方不能履行合同的，应及时通知对方，并在10日内提供证明，双方协商延期履行或解除合同。

【争议解决】
（1）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

【其他】
（1）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（2）附件一：设备清单；附件二：整改更换清单；附件三：季度考核表。

甲方（盖章）：临江市公园管理中心　　　　乙方（盖章）：临江市泊安智能科技有限公司
法定代表人或授权代表：__________　　法定代表人或授权代表：__________
日期：2026年2月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template, many problems)
H560Z05 = """# 分选管理系统软件许可及技术服务合同

（睿拣科技标准合同文本 V3.0）

合同编号：RJ-HT-2026-0418

甲方（用户）：宁夏中宁杞源枸杞股份有限公司

乙方（供应商）：西安睿拣智能科技有限公司

甲方拟采购乙方分选管理系统，用于其枸杞干果分选加工车间。乙方同意按本合同条款向甲方提供软件许可、定制开发及相关技术服务。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予分选管理系统标准版及视觉分选算法模块的使用许可，许可方式为永久、非独占、不可转让，限于甲方中宁厂区使用。

1.2 乙方根据甲方需求进行定制开发，包括与甲方4条色选及分级生产线的设备对接、批次溯源报表、质检数据看板。

1.3 乙方负责系统部署实施和用户培训。

1.4 本合同不包括服务器、网络设备、工业相机等硬件，由甲方自行采购，乙方提供配置建议。

1.5 乙方交付物包括：软件安装介质、许可文件、用户操作手册、系统管理员手册及培训资料。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 分选管理系统标准版许可 | 1套 | 468,000 |
| 2 | 视觉分选算法模块许可 | 4条线 | 312,000 |
|  | 软件许可费小计 |  | 780,000 |
| 3 | 定制开发 | 1项 | 236,000 |
| 4 | 部署实施 | 1项 | 64,000 |
| 5 | 培训 | 1项 | 20,000 |
|  | 合计 |  | 1,100,000 |

合同总价为人民币壹佰壹拾万元整（¥1,100,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥550,000。乙方收到预付款后启动项目。

3.2 系统上线运行后，甲方支付合同总价的42%，即¥462,000。

3.3 系统通过验收后，甲方支付合同总价的8%，即¥88,000。

3.4 甲方未按期付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 交付与验收

4.1 乙方在收到预付款后75日内完成系统部署和定制开发，并通知甲方上线试运行。

4.2 验收标准：（1）本合同约定的功能全部实现；（2）由甲方随机抽取200份分选样品进行人工复检，系统等级判定与人工复检不一致的不超过6份；（3）批次溯源报表可追溯至每个生产批次及分级线；（4）系统连续运行10日无一级故障。

4.3 甲方应在收到乙方验收通知后7日内组织验收，验收合格的，双方签署验收报告。

4.4 验收不合格的，乙方应在15日内完成整改并再次提交验收，整改期间产生的费用由乙方承担。

## 第五条 免费维护

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

5.2 一级故障（分选线因系统原因停止运行）乙方在接到甲方通知后8小时内响应；二级故障在2个工作日内响应。乙方将尽力恢复系统，但对恢复时间不作承诺，亦不因响应或恢复延误承担扣款、赔偿或违约金。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需继续获得技术支持、算法更新及版本升级服务，应购买年度维护服务。年度维护费为软件许可费小计的26%，即每服务年度¥202,800。

6.2 年度维护费在每个服务年度开始前支付。甲方未购买维护服务的，乙方不再提供任何技术支持。

6.3 年度维护服务内容包括：远程技术支持、软件缺陷修复、算法模型季度更新、版本升级及每个服务年度一次现场巡检。

## 第七条 知识产权

7.1 分选管理系统标准版、视觉分选算法模块，以及乙方在本合同项下开发的定制功能、接口程序、溯源报表、算法模型参数及相关源代码的全部知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占的使用权，不得修改、反编译，亦不得交由第三方维护。

## 第八条 数据

8.1 甲方的生产数据、分选图像及质检记录归甲方所有。

8.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方分选算法的训练、优化及乙方其他产品的研发，该使用权在本合同终止后继续有效。

8.3 乙方应采取访问控制、加密传输、日志审计等措施保护甲方数据安全；发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后二年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，且乙方不承担任何间接损失或利润损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方应停止使用本系统并删除全部软件副本；乙方已收取的款项不予退还，但因乙方严重违约导致合同解除的除外。

## 第十二条 甲方义务

12.1 甲方应在项目启动后10日内提供分选生产线设备接口资料、网络环境、服务器及必要的现场工作条件，并指定项目联系人。

12.2 甲方应按乙方要求配合完成样品采集、分级标准确认和测试工作。因甲方未及时提供资料或配合导致工期延误的，乙方交付期限相应顺延。

12.3 甲方应按照乙方提供的操作手册使用系统。因甲方擅自修改配置、更换设备或操作不当造成的故障，乙方不承担责任；乙方提供修复服务的，按乙方工时单价另行收费。

## 第十三条 培训

13.1 乙方在系统上线前为甲方提供2天的现场培训，培训对象为甲方系统管理员、质检员及分选线操作工，培训人数不超过20人，超出部分按乙方标准另行收费。

## 第十四条 不可抗力

14.1 因不可抗力、网络运营商故障、停电或第三方软硬件原因导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十五条 通知

15.1 双方往来通知以书面形式送达本合同首部所载地址。

## 第十六条 争议解决

16.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交西安仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式二份，双方各执一份。

甲方（盖章）：宁夏中宁杞源枸杞股份有限公司

乙方（盖章）：西安睿拣智能科技有限公司

日期：2026年5月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Zurich vendor, only GOVERNING-LAW)
H560E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MQS-CN-2026-014
P:This Agreement is made on ____ 2026 between:
P:(1) Wuxi Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 18 Xinhua Road, Xinwu District, Wuxi, Jiangsu Province ("Customer"); and
P:(2) Metrovia Quality Systems AG, a company incorporated in Switzerland with its registered office at Technoparkstrasse 2, 8406 Winterthur, Canton of Zurich ("Vendor").
P:Background. Customer manufactures rolling bearings at its Wuxi plant and wishes to replace its spreadsheet-based inspection records with a statistical process control and measurement data management system. Vendor publishes the MetroVia SPC software and has offered to license it to Customer and to implement it at the Wuxi plant. At Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MetroVia SPC server, client and gauge interface modules listed in Article 3, in object code, together with their documentation and all updates and upgrades supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to Customer's MES and ERP systems, the inspection plan templates, report layouts and scripts prepared by Vendor specifically for Customer, together with their source code and documentation.
P:1.3 "Customer Data" means all measurement results, inspection plans, product and process data, drawings, and personal data of Customer's employees that are entered into, stored in or generated by the Software.
P:1.4 "Final Acceptance" means the signature by Customer of the Final Acceptance Certificate under Article 6.
H:Article 2 Scope of Work
P:2.1 Vendor shall grant the licences, deliver and install the Software on Customer's servers in Wuxi, configure it for four production lines, develop and deliver the Custom Deliverables, migrate the inspection history of the last three calendar years from Customer's spreadsheets, and train Customer's quality engineers, line supervisors and operators.
P:2.2 Vendor shall appoint a project manager who speaks Chinese and who shall attend a weekly progress meeting with Customer's project team, on site or by video conference.
P:2.3 The detailed scope, the list of connected gauges and the project plan are set out in Annex 1. If Annex 1 conflicts with this Agreement, this Agreement prevails.
H:Article 3 Licence and Contract Price
P:3.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's sites in the People's Republic of China for Customer's own business, on one production server, one test server and up to 60 named users.
P:3.2 The Contract Price is CNY 1,670,000. It is fixed and includes all taxes, travel and other expenses of Vendor. It is made up as follows:
TB:Item|Quantity|Amount (CNY)
TB:MetroVia SPC server licence|1|420,000
TB:Named user licences|60 x 9,800|588,000
TB:Gauge interface module|1|156,000
TB:Licence Subtotal||1,164,000
TB:Implementation and configuration|lump sum|318,000
TB:Custom interfaces to MES and ERP|lump sum|142,000
TB:Training|lump sum|46,000
TB:Contract Price||1,670,000
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 334,000) within 30 days after signature of this Agreement and receipt of Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 751,500) within 30 days after Customer signs the Installation Certificate. The Installation Certificate confirms that the Software is installed and the historical data migrated; it is not acceptance of the Software or of the Custom Deliverables.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 584,500) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in Vendor's invoice. Each party bears the taxes imposed on it by law.
H:Article 5 Delivery and Delay
P:5.1 Vendor shall deliver and install the Software within 45 days after signature and shall complete implementation so that the Final Acceptance tests can start within 150 days after signature.
P:5.2 If Vendor fails to meet either date for reasons within its control, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Customer may deduct these damages from any payment due to Vendor.
H:Article 6 Acceptance
P:6.1 The Final Acceptance tests follow the test plan in Annex 2 and shall show that: (a) all functions listed in Annex 1 work as specified; (b) the results of every connected gauge are recorded without loss for 20 consecutive working days; (c) the control charts and capability indices calculated by the Software agree with Customer's reference calculations; (d) the MES and ERP interfaces exchange inspection orders and results correctly; and (e) no Severity 1 defect is open.
P:6.2 If a test fails, Vendor shall correct the defect and repeat the test within 15 days. Installation, productive use of the Software or any payment does not amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period") and shall correct any non-conformity free of charge.
P:7.2 During the Warranty Period and any support year, Vendor shall respond to Severity 1 incidents (the Software is down or measurement data cannot be recorded on a production line) within one hour, at any time of day, and shall provide a fix or workaround within eight hours. Vendor shall respond to Severity 2 incidents within two hours and fix them within three working days, and shall handle other incidents on the next working day.
P:7.3 For each full hour by which Vendor exceeds a response or fix time for a Severity 1 incident, Vendor shall pay CNY 1,200, which Customer may deduct from any amount due to Vendor.
P:7.4 After the Warranty Period, Vendor shall provide annual support, comprising updates, upgrades and the incident handling under Article 7.2, for a fee of 11% of the Licence Subtotal (CNY 128,040 per support year), fixed for the first three support years. Any later change requires written agreement and shall not exceed 3% per support year. Support is ordered by Customer for each support year and does not renew automatically.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor may access and process Customer Data only to perform this Agreement and on Customer's instructions, and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on Customer's own servers. Vendor's remote access requires Customer's approval for each session, runs through Customer's VPN with multi-factor authentication and is logged. Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take remedial measures and shall cooperate with Customer and the authorities. Vendor is liable for all losses caused by any data security incident attributable to Vendor or its personnel.
H:Article 9 Intellectual Property
P:9.1 Vendor retains the intellectual property in the Software.
P:9.2 The Custom Deliverables and all intellectual property in them vest in Customer upon creation. Vendor shall deliver their source code, and Customer may use, modify and license them freely, including to third parties who support Customer.
P:9.3 Vendor shall defend and indemnify Customer against any third-party claim that the Software or the Custom Deliverables infringe an intellectual property right.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including Customer's drawings, tolerances and process parameters, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for three years after this Agreement ends.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct or gross negligence, breach of Article 8 or Article 10, or the indemnity under Article 9.3.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for the parts not delivered and accepted, and Customer keeps its licence to the Software already paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the substantive laws of Switzerland, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be resolved by arbitration under the Swiss Rules of International Arbitration of the Swiss Arbitration Centre. The seat of arbitration is Zurich, the tribunal has one arbitrator and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Project Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:For Customer: ____________________  Name and title: __________
P:For Vendor: ____________________  Name and title: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Vaud vendor)
H560E02 = """# ORDER FORM No. LMS-2026-0611

**Provider:** Alpenlearn SA, Avenue de Rhodanie 58, 1007 Lausanne, Canton of Vaud, Switzerland

**Customer:** Chengdu Tianfu Lianhua Supermarket Chain Co., Ltd., No. 9 Shuxi Road, Jinniu District, Chengdu, Sichuan Province, People's Republic of China

This Order Form is issued under, and incorporates, Provider's General Terms for Subscription Services (Version 4.2) set out in Part B. Customer operates 146 supermarkets in Sichuan and subscribes to Provider's learning platform to train its store staff. At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

## Part A - Order Details

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription | Alpenlearn Platform, Enterprise edition, up to 2,400 Active Learners, CNY 268,800 per Subscription Year x 3 Subscription Years | 806,400 |
| Onboarding | Tenant set-up, single sign-on, HR data feed, administrator training | 58,000 |
| Content localisation | Translation and adaptation of 24 standard courses into Chinese | 36,000 |
| **Total fees** | | **900,400** |

**Subscription Term:** three Subscription Years, from 1 July 2026 to 30 June 2029. Each Subscription Year runs from 1 July to 30 June.

**Hosting:** production and backup environments in data centres in mainland China operated by the hosting partner named in Schedule 1.

**Invoicing:** the Subscription fee is invoiced quarterly in arrears (CNY 67,200 per quarter). The Onboarding and Content localisation fees are invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

**Go-Live date:** Provider shall make the platform ready for Go-Live Acceptance testing by 15 June 2026.

**Renewal:** this Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**Additional learners:** Customer may add learners in blocks of 100 at the pro-rated unit price of this Order Form.

## Part B - General Terms for Subscription Services

### Section 1 Services

1.1 Provider shall provide the subscribed platform, the hosting, the support and the onboarding services described in the Order Form in accordance with these General Terms and the documentation.

1.2 Provider may improve the platform from time to time, provided that no change materially reduces the functions described in the documentation during the Subscription Term.

1.3 Customer shall keep its user credentials secure and shall use the platform only for training its own employees and contractors.

1.4 Provider shall provide a named customer success manager, quarterly service reviews and administrator training in Chinese for up to 20 Customer administrators, at no additional charge.

1.5 Provider shall keep the platform compatible with the current and previous major versions of the mobile operating systems and browsers listed in the documentation, and with the enterprise messaging single sign-on used by Customer.

### Section 2 Go-Live Acceptance

2.1 Go-Live Acceptance tests shall verify that (a) single sign-on works for all store and head-office users; (b) the daily HR data feed creates, changes and removes learner accounts correctly on five consecutive days; (c) the 24 localised courses play on store tablets and mobile phones and record completions; and (d) the completion reports match the test records exactly.

2.2 Customer shall complete the tests within ten working days after Provider's notice and shall either sign a Go-Live Acceptance Certificate or list the failed tests, which Provider shall correct before the tests are repeated. Use of the platform by Customer before that signature is not acceptance.

2.3 If Go-Live Acceptance is delayed beyond the Go-Live date in the Order Form for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to a total of CNY 30,000.

2.4 Provider shall provide a project plan within five working days after signature, a named onboarding consultant and weekly status reports until Go-Live Acceptance.

### Section 3 Service Levels

3.1 Provider shall make the platform available 99.95% of each calendar month, excluding maintenance windows announced five days in advance and held between 01:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the platform is unavailable or learners cannot log in) shall receive a response within one hour and a workaround within six hours, at any time of day. Priority 2 incidents shall receive a response within two business hours. Other requests are answered within two business days. Support is provided in Chinese and English by telephone, e-mail and the ticket portal.

3.3 If availability in a month falls below the level in Section 3.1, Provider shall credit 5% of the monthly Subscription fee for each started 0.1 percentage point of shortfall, up to half of the monthly fee. Credits are deducted from the next invoice.

3.4 Provider shall send Customer a monthly service report showing availability, incidents, response times and any credits due.

### Section 4 Customer Data

4.1 Customer Data means the learner records, HR data, course completions, assessments and content uploaded by or for Customer. Customer Data belongs to Customer.

4.2 Provider processes Customer Data to provide the services, on Customer's documented instructions and in accordance with the PRC Personal Information Protection Law.

4.3 Customer agrees that Provider may collect usage data and may create aggregated and de-identified data derived from Customer Data, and may use such data during and after the Subscription Term to develop and improve its products and to publish industry learning benchmarks, provided that Customer is not identified.

4.4 Customer may export Customer Data at any time during the Subscription Term in standard CSV and SCORM formats through the administration console.

### Section 5 Security

5.1 Provider maintains an information security programme certified to ISO 27001, encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication and keeps access logs for at least six months.

5.2 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall investigate and contain it and shall keep Customer informed. Provider is responsible for the losses and regulatory costs Customer suffers from a security incident caused by Provider's breach of this Section.

5.3 Provider shall commission an independent penetration test of the platform in each Subscription Year and share a summary of the results and the remediation with Customer on request.

### Section 6 Intellectual Property

6.1 Provider retains all rights in the platform and its standard content.

6.2 The localised courses and any course material created by Provider specifically for Customer belong to Customer, which may use, modify and share them freely, also outside the platform.

### Section 7 Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to personnel and advisers who need to know it and are bound by similar duties. This Section survives for three years after the Subscription Term.

### Section 8 Subcontracting

8.1 The hosting partner named in Schedule 1 is approved by the signature of this Order Form. Provider shall not engage any other subcontractor for services that involve Customer Data without Customer's prior written consent.

### Section 9 Liability

9.1 Each party's total liability under the Order Form is limited to 150% of the total fees in the Order Form, except for breach of Section 5 or Section 7, wilful misconduct and personal injury.

### Section 10 Term and Termination

10.1 The Order Form runs for the Subscription Term. The Subscription Term is fixed and non-cancellable: neither party may terminate the Order Form before the end of the Subscription Term for any reason, including breach.

10.2 Customer's remedies for any breach by Provider are the service credits under Section 3 and damages under Section 9. Provider may suspend access if undisputed invoices remain unpaid 30 days after a reminder.

10.3 At the end of the Subscription Term, Provider shall make Customer Data available for export for 30 days and shall then delete it and confirm the deletion in writing.

### Section 11 Governing Law and Jurisdiction

11.1 These General Terms and the Order Form are governed by the substantive laws of Switzerland.

11.2 The courts of Lausanne, Canton of Vaud, have exclusive jurisdiction over any dispute arising out of or in connection with them.

### Section 12 Miscellaneous

12.1 The Order Form prevails over these General Terms. Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the contacts in the Order Form.

12.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Provider's hosting partner are not such events.

12.3 Neither party may assign the Order Form without the other party's prior written consent, except to a successor of its whole business that accepts all of its obligations.

**Signed for Alpenlearn SA:** ____________________ Date: __________

**Signed for Chengdu Tianfu Lianhua Supermarket Chain Co., Ltd.:** ____________________ Date: __________

Schedule 1 - Hosting partner and data centre locations (Shanghai and Beijing).
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, Geneva vendor, compliant)
H560E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR CONDITION MONITORING SENSORS
P:Contract No. ZZSF-EQ-2026-022 (Buyer's standard form for equipment purchases)
P:Buyer: Zhengzhou Sifang Frozen Foods Co., Ltd., No. 66 Jingkai 8th Street, Zhengzhou Economic and Technological Development Zone, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrasense SA, Chemin du Pont-du-Centenaire 109, 1228 Plan-les-Ouates, Canton of Geneva, Switzerland (the "Supplier").
P:The Buyer operates a frozen-food plant with twelve cold rooms and two refrigeration machine halls in Zhengzhou (the "Site"). Following the Buyer's invitation to tender of March 2026, the Buyer has selected the Supplier to supply, install and commission a wireless condition monitoring system for the compressors, condensers and cold rooms of the Site. The parties agree as follows. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in Clause 2.
P:1.2 "Software" means the monitoring software licensed under Clause 2, in object code, with its documentation and updates.
P:1.3 "Plant Data" means all measurements, alarms, images, configuration data and logs collected or generated at the Site, and any data of the Buyer's employees processed by the system.
P:1.4 "Final Acceptance" means the signature by the Buyer of the Final Acceptance Certificate under Clause 6.
H:2. Scope and Contract Price
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the system at the Site, integrate it with the Buyer's energy management system and train the Buyer's maintenance staff.
P:2.2 The Contract Price is CNY 1,200,000, fixed, including packing, transport to the Site, import duties, taxes, installation, travel and all other costs of the Supplier:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration sensors|120|3,600|432,000
TB:2|Temperature and humidity sensors|80|1,450|116,000
TB:3|Industrial gateways|8|18,500|148,000
TB:4|Edge server|1|86,000|86,000
TB:5|Monitoring software, perpetual site licence|1|214,000|214,000
TB:|Hardware and Licence Subtotal|||996,000
TB:6|Installation and commissioning|1|128,000|128,000
TB:7|Integration with energy management system|1|54,000|54,000
TB:8|Training|1|22,000|22,000
TB:|Contract Price|||1,200,000
P:2.3 The Software licence is perpetual, non-exclusive and limited to the Site. It includes the right to add sensors of the same type without further licence fees.
H:3. Payment
P:3.1 The Buyer shall pay an advance of 10% of the Contract Price (CNY 120,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 660,000) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and does not mean acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 420,000) within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
P:4.3 The Supplier delivers the Equipment DDP to the Site (Incoterms 2020). Risk passes to the Buyer on signature of the Installation Certificate.
H:5. Installation
P:5.1 The Supplier shall install the Equipment in accordance with the Site safety rules, food hygiene rules and work permits of the Buyer. Work inside cold rooms requires the Buyer's escort.
P:5.2 The Supplier shall not interrupt refrigeration without the Buyer's written approval of the time window.
P:5.3 The Supplier shall deliver, at the latest with the Installation Certificate, the as-built sensor location plan, wiring diagrams, gateway configurations, user and maintenance manuals in Chinese and English, and the certificates of conformity of the Equipment.
P:5.4 The Supplier shall train up to 12 of the Buyer's maintenance technicians for three days at the Site, covering sensor mounting, battery replacement, gateway configuration, alarm handling and basic vibration analysis.
H:6. Acceptance
P:6.1 Final Acceptance tests shall show that: (a) every sensor reports to the edge server at the specified interval for 30 consecutive days with no data gap longer than ten minutes; (b) vibration readings of five reference compressors agree with the Buyer's portable analyser within the tolerance in the technical specification; (c) alarms reach the maintenance team by SMS and app within one minute; (d) the interface delivers hourly data to the energy management system; and (e) all documentation and training are complete.
P:6.2 If a test fails, the Supplier shall remedy the defect within ten days and the test shall be repeated. Installation, use of the system or any payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance and shall repair or replace defective items free of charge, including transport and labour.
P:7.2 Severity table for the warranty period and any support period:
TB:Severity|Description|Response|Restoration
TB:1|System down, or alarms not delivered for a machine hall|1 hour|24 hours
TB:2|Single gateway or several sensors failed|2 hours|3 days
TB:3|Other defects and questions|1 working day|next update
P:7.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 500, deductible from any amount due.
P:7.4 During the warranty period the Supplier shall keep spare sensors and gateways in its Shanghai warehouse, and it shall make spare parts available for at least eight years after Final Acceptance at prices no higher than the unit prices in Clause 2.2.
H:8. Support after Warranty
P:8.1 After the warranty, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 69,720 per support year). This fee is fixed for the first two support years; any later change requires written agreement. Support is ordered by the Buyer each year and does not renew automatically.
H:9. Plant Data and Data Security
P:9.1 Plant Data belongs to the Buyer. The Supplier may use Plant Data only to perform this Contract and shall not copy, retain or transfer it for any other purpose.
P:9.2 Plant Data is stored on the edge server at the Site. The Supplier's remote access requires the Buyer's approval for each session, uses the Buyer's VPN with multi-factor authentication and is logged. No Plant Data shall be transferred outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Plant Data, shall take remedial measures and is liable for the losses the Buyer suffers from any incident caused by the Supplier or its personnel.
P:9.4 At the end of this Contract or of any support period, the Supplier shall delete any Plant Data it holds and confirm the deletion in writing.
H:10. Intellectual Property
P:10.1 The dashboards, alarm rules, integration scripts and reports configured or written for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:10.2 The Supplier retains the intellectual property in the Software and warrants that the Equipment and the Software do not infringe third-party rights.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's production volumes, recipes and Site layout, and shall not disclose it without prior written consent. This obligation continues for three years after the end of this Contract.
H:12. Subcontracting
P:12.1 Installation work may be carried out by Henan Jiuding Electromechanical Engineering Co., Ltd., which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Sensor Location Plan) form part of this Contract. This Contract is made in two English and two Chinese originals; the Chinese text prevails in case of conflict.
P:15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party within three days and takes reasonable steps to limit the effects.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________    Date: __________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings + schedules as tables, Vienna)
H560E04 = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

Agreement No. DV-MBR-2026-037

**Between** Wuhan Changjiang Yuntong Logistics Co., Ltd., No. 27 Yangluo Port Road, Xinzhou District, Wuhan, Hubei Province, People's Republic of China (**"Customer"**)

**and** Datavault Services GmbH, Wagramer Strasse 19, 1220 Vienna, Austria, acting through its representative office in Shanghai (**"Provider"**).

Customer runs its warehouse management, transport management and finance systems in its own data centre in Wuhan and a small server room in each of six regional hubs. Customer wishes Provider to take over the backup of these systems and to provide a recovery service. At Customer's request all charges are stated in Chinese Yuan (CNY).

## 1. DEFINITIONS

1.1 **"Services"** means the managed backup, restore and disaster recovery services described in Schedule 1.

1.2 **"Customer Data"** means all data of Customer and its customers, including shipment records, personal data of consignees and employees, and all backup copies of them.

1.3 **"Service Commencement Date"** means the date on which Customer signs the Service Acceptance Certificate under Clause 4.

1.4 **"Service Year"** means each period starting on the Service Commencement Date or an anniversary of it and ending the day before the next anniversary.

## 2. SERVICES AND TERM

2.1 Provider shall provide the Services from the Service Commencement Date for an Initial Term of three Service Years.

2.2 After the Initial Term, this Agreement renews automatically for successive periods of one Service Year unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal period, Provider may increase the Monthly Service Charge by up to 6% by written notice given at least 120 days before the renewal date.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,756,800.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Acceptance. Invoices are payable within 30 days after receipt. No charge is payable in advance.

3.3 Charges for additional servers or storage beyond the volumes in Schedule 1 shall be agreed in writing before the change is made.

## 4. TRANSITION AND SERVICE ACCEPTANCE

4.1 Provider shall complete the transition described in Schedule 1 by 31 August 2026.

4.2 Service Acceptance requires that (a) all systems listed in Schedule 1 are backed up according to the backup policy for ten consecutive days; (b) one full restore of the warehouse management system to the recovery site has been completed within the recovery time objective; (c) file-level restores have been tested for each regional hub; and (d) the runbooks and the monitoring reports have been handed over. Customer signs the Service Acceptance Certificate when these are met. The start of backup jobs or any use of the Services is not acceptance.

4.3 If Service Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 1,500 for each day of delay, up to CNY 60,000.

4.4 Provider shall deliver a detailed transition plan within ten working days after signature, name a transition manager and hold a weekly progress call with Customer's IT team until Service Acceptance.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3 and shall report on them monthly.

5.2 If a service level is missed, Provider shall grant the service credits in Schedule 3, which are deducted from the next invoice. Service credits do not limit Customer's other rights.

5.3 Provider shall perform a documented restore test of each critical system listed in Schedule 1 at least once per quarter and a full disaster recovery exercise twice per Service Year, jointly with Customer, and shall remedy any failures found at its own cost.

5.4 Provider shall hold a quarterly service review with Customer covering service levels, incidents, capacity trends and improvement actions.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's written instructions, and shall not use it for any other purpose.

6.2 All backup copies are encrypted with keys held in Customer's key management system and stored only in Customer's data centre and in Provider's recovery site in Wuhan. No Customer Data leaves mainland China. Provider's staff access systems through Customer's bastion host with multi-factor authentication, and all sessions are recorded.

6.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and maintain its ISO 27001 certification and MLPS level 3 filing for the recovery site.

6.4 Provider shall notify Customer within six hours after becoming aware of any incident affecting Customer Data, shall contain and investigate it and shall bear the losses and costs Customer suffers from an incident caused by Provider or its subcontractors.

6.5 Provider shall allow Customer, or an auditor appointed by Customer, to audit its compliance with this Clause 6 once per Service Year on 30 days' notice, and shall remedy any findings within an agreed period.

## 7. INTELLECTUAL PROPERTY

7.1 The runbooks, backup policies, scripts and configurations prepared for Customer belong to Customer, which may use, modify and hand them to any successor provider.

7.2 Provider retains its tools and know-how, and grants Customer a free licence to use them as far as needed to use the items under Clause 7.1.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information of the other party and use it only for this Agreement, during the term and for three years after it ends.

## 9. SUBCONTRACTING

9.1 Provider may subcontract any part of the Services to its affiliates or to third parties by giving Customer 30 days' written notice. Provider remains responsible for its subcontractors.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Clause 6 or Clause 8, wilful misconduct or personal injury.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the restore service level in three consecutive months.

11.2 On expiry or termination, Provider shall hand over all backup copies, keys under its control and documentation, assist the transition to a new provider for up to 60 days, and then delete Customer Data from its systems.

11.3 Termination does not affect service credits, charges or claims accrued before the termination date.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 13. GENERAL

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. This Agreement is made in two originals.

13.2 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Provider's own systems or subcontractors is not force majeure.

13.3 Neither party may assign this Agreement without the other party's prior written consent. Notices shall be given in writing to the addresses at the head of this Agreement.

## SCHEDULE 1 - SCOPE

| Component | Scope |
|---|---|
| Backup | Daily incremental and weekly full backup of 64 servers and 3 databases in Wuhan and 6 regional hubs |
| Retention | Daily copies 35 days, weekly copies 26 weeks, monthly copies 24 months |
| Recovery site | Warm standby for the warehouse and transport management systems in Provider's Wuhan site |
| Service desk | 7 x 24 telephone and ticket service in Chinese |
| Transition | Installation of agents, backup policies, first full backups, restore tests, runbooks |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-off, after Service Acceptance | 72,000 |
| Monthly Service Charge | CNY 46,800 x 36 months | 1,684,800 |
| **Total Contract Value** | | **1,756,800** |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit |
|---|---|---|
| Backup portal and recovery site availability | 99.95% per month | 5% of the Monthly Service Charge for each started 0.1 point below target |
| Priority 1 incident (restore of a production system needed, or recovery site unavailable) | response within 30 minutes, restore started within 2 hours | CNY 2,000 per started hour of delay |
| Priority 2 incident (single backup job failed twice) | response within 2 hours | CNY 500 per started hour of delay |
| Monthly service report | by the 5th working day of the month | CNY 1,000 per late report |

Service credits in any month are capped at half of the Monthly Service Charge.

**For Customer:** ____________________ Date: __________

**For Provider:** ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Tyrol vendor, data API)
H560E05 = """DATA SUBSCRIPTION AGREEMENT - WIND FORECAST API

Agreement No. AMW-API-2026-0905

This Data Subscription Agreement is made between:

Inner Mongolia Beifeng New Energy Co., Ltd., No. 158 Ordos Street, Saihan District, Hohhot, Inner Mongolia Autonomous Region, People's Republic of China ("Customer"); and

Alpine Meteo Works GmbH, Technikerstrasse 21, 6020 Innsbruck, Tyrol, Austria ("Provider").

BACKGROUND

Customer operates nine wind farms in Inner Mongolia and Hebei and must submit short-term and day-ahead power forecasts to the grid company. Provider, founded in Innsbruck, operates a numerical weather prediction service for mountain and plateau regions and an application programming interface (the "API") that delivers site-specific wind forecasts. Forecast accuracy affects the assessment charges Customer pays under the grid company's rules, and Customer therefore needs stable and well-documented data. Customer wishes to subscribe to the API for its nine wind farms. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API Data" means the forecasts, historical analyses and other data made available through the API.

1.2 "Customer Data" means the turbine coordinates, hub heights, power curves, SCADA production records and other data that Customer provides to Provider, and any data derived from them that relates only to Customer's wind farms.

1.3 "Site Calibration" means the statistical calibration of Provider's forecasts to each of Customer's wind farms, using Customer Data, and the resulting site models, parameters and calibration reports.

1.4 "Subscription Year" means the period from 1 October to 30 September.

1.5 "Onboarding Acceptance" means Customer's written confirmation under Clause 4.2.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API for the nine wind farms listed in Annex A and to use the API Data for Customer's own forecasting, trading and operations, including submission to the grid company.

2.2 The Subscription Term is two Subscription Years, from 1 October 2026 to 30 September 2028. This Agreement does not renew automatically; any extension requires a written amendment signed by both parties.

2.3 The subscription includes up to 400,000 API calls per Subscription Year. Additional calls are charged at CNY 0.20 per call and invoiced quarterly.

3. FEES AND PAYMENT

3.1 The fees are:

Item                                             Amount (CNY)
API subscription, 9 wind farms, CNY 186,000 per Subscription Year x 2    372,000
Site Calibration and onboarding, one-off                                  48,000
Total fees                                                               420,000

3.2 The subscription fee is invoiced quarterly in arrears (CNY 46,500 per quarter). The Site Calibration fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days after receipt. Customer pays nothing before the API is made available.

3.3 The fees are fixed for the Subscription Term.

3.4 Provider's invoices shall be valid Chinese VAT invoices issued through Provider's agent in Shanghai, unless Customer agrees otherwise in writing. Each party bears its own bank charges.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete the Site Calibration and make the API available for all nine wind farms by 15 September 2026.

4.2 Onboarding Acceptance requires that (a) the API returns hourly and 15-minute forecasts for all nine wind farms for the next ten days; (b) a back-test of the calibrated forecasts over the last six months of Customer's SCADA records meets the error limits in Annex B for each wind farm; (c) the data formats match the interface specification in Annex C; and (d) Provider has delivered the calibration reports. Customer shall confirm Onboarding Acceptance in writing or list the missing items within ten working days. Test calls or use of API Data by Customer are not acceptance.

4.3 Provider shall name an onboarding contact, provide a project plan within five working days after signature, and give remote training for up to ten of Customer's forecasting staff on the use of the API and the interpretation of the forecasts.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver forecasts on schedule. Provider does not commit to any availability level, delivery time or response time, and no service credits apply.

5.2 Support is provided by e-mail on Austrian business days between 09:00 and 17:00 Central European Time. Provider will answer support requests as soon as practicable.

5.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance by e-mail in advance.

5.4 Provider shall notify Customer by e-mail of any interruption of the API that it becomes aware of, and of its expected duration.

5.5 Provider shall keep the API interface backward compatible during the Subscription Term or give Customer at least 90 days' notice of any change that requires Customer to modify its systems.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Site Calibration and provide the API to Customer, and shall not use it for any other purpose, including the calibration of models for other customers.

6.2 Provider shall store Customer Data only on servers in its Innsbruck data centre and in its cloud region in Shanghai as described in Annex C, encrypt it in transit and at rest, restrict access to named staff and keep access logs. Before any transfer of Customer Data outside the People's Republic of China, Customer shall complete the procedures required by PRC law, and Provider shall cooperate and sign the standard contract required for such transfers.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take remedial measures and is liable for the losses Customer suffers from a data security incident caused by Provider.

6.4 On expiry or termination, Provider shall return Customer Data and delete all copies within 30 days and confirm the deletion in writing.

6.5 Provider shall allow Customer, on reasonable notice, to review Provider's security certifications and audit reports relevant to the processing of Customer Data.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, its forecasting models and the API Data, subject to Customer's right of use under Clause 2.1, which continues for API Data received during the Subscription Term.

7.2 The site models, parameters and calibration reports produced in the Site Calibration for Customer's wind farms belong to Customer, which may use, modify and give them to any other forecasting provider.

7.3 Customer may display and share API Data with the grid company, its own affiliates and its contractors for Customer's operations, but shall not resell it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without prior written consent. This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of its obligations, other than the hosting described in Annex C, without Customer's prior written consent.

10. LIABILITY

10.1 Provider does not warrant that the API Data will be accurate or that the forecasts will meet any particular level of accuracy in operation, other than the error limits tested at Onboarding Acceptance.

10.2 Each party's total liability under this Agreement is limited to one and a half times the total fees under Clause 3.1, except for breach of Clause 6 or Clause 8, wilful misconduct and personal injury. Neither party is liable for lost profits or grid penalties, except where caused by wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 If Customer terminates under Clause 11.1, Provider shall refund any fees paid for the period after termination.

11.3 Clauses 6, 7.2, 8 and 10 survive termination or expiry. Customer may continue to use API Data received before termination for its own operations and records.

11.4 Termination does not affect payment obligations or claims that arose before the date of termination.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

13. GENERAL

13.1 Annex A (Wind Farms), Annex B (Back-test Error Limits) and Annex C (Interface Specification and Hosting) form part of this Agreement. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

13.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action and failures of public telecommunications networks, provided it notifies the other party promptly.

13.3 Notices under this Agreement shall be given in writing to the addresses stated above, with a copy by e-mail.

For Customer: ____________________   Name: __________   Date: __________

For Provider: ____________________   Name: __________   Date: __________
"""

# ================================================================ files, labels and design
NAMES = {
    "h560z01": ("h560z01_land_registry_platform_licence_development.pdf", "pdf", "zh", H560Z01),
    "h560z02": ("h560z02_dyeing_stenter_control_retrofit_maintenance.docx", "docx", "zh", H560Z02),
    "h560z03": ("h560z03_cinema_chain_ticketing_concessions_saas.txt", "txt", "zh", H560Z03),
    "h560z04": ("h560z04_park_smart_parking_annual_om.txt", "txt", "zh", H560Z04),
    "h560z05": ("h560z05_goji_sorting_software_supplier_template.md", "md", "zh", H560Z05),
    "h560e01": ("h560e01_spc_software_licence_zurich_vendor.pdf", "pdf", "en", H560E01),
    "h560e02": ("h560e02_lms_saas_order_form_vaud_vendor.md", "md", "en", H560E02),
    "h560e03": ("h560e03_cold_store_condition_sensors_geneva_vendor.docx", "docx", "en", H560E03),
    "h560e04": ("h560e04_managed_backup_recovery_vienna_vendor.md", "md", "en", H560E04),
    "h560e05": ("h560e05_wind_forecast_data_api_tyrol_vendor.txt", "txt", "en", H560E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# terms in TERM_KEYS order
T = {
    "h560z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "h560z02": [None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, False, False, 18, 9, False, True, True, "PRC", G],
    "h560z03": [99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
    "h560z04": [99.95, 0.25, True, "buyer", False, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
    "h560z05": [None, 8, False, "supplier", True, False, True, 0.02, 50, 50, True, True, 6, 26, False, True, None, "PRC", G],
    "h560e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Switzerland", G],
    "h560e02": [99.95, 1, True, "buyer", True, False, True, 600 / 900400 * 100, 150, None, True, None, None, None, False, False, False, "Switzerland", S],
    "h560e03": [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7, False, True, False, "PRC", G],
    "h560e04": [99.95, 0.5, True, "buyer", True, True, True, 1500 / 1756800 * 100, 150, None, True, None, None, None, True, True, True, "PRC", S],
    "h560e05": [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
}
CATEGORY = {"h560z01": "software", "h560z02": "hardware", "h560z03": "cloud", "h560z04": "services", "h560z05": "software",
            "h560e01": "software", "h560e02": "cloud", "h560e03": "hardware", "h560e04": "services", "h560e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h560z01": (True, True, True, False, 2040000),
    "h560z02": (True, True, True, True, 1578000),
    "h560z03": (True, True, None, False, 1369400),
    "h560z04": (True, True, None, False, 435400),
    "h560z05": (True, True, True, False, 1100000),
    "h560e01": (True, True, True, False, 1670000),
    "h560e02": (True, True, None, False, 900400),
    "h560e03": (True, True, True, False, 1200000),
    "h560e04": (True, True, None, False, 1756800),
    "h560e05": (False, False, None, False, 420000),
}
# price arithmetic asserted below: (parts, total)
SUMS = {
    "h560z01": ([860000, 180000, 140000, 620000, 156000, 84000], 2040000),
    "h560z02": ([6 * 98000, 6 * 16500, 48 * 5200, 6 * 23000, 6 * 9800, 186000, 168000, 72000, 18600], 1578000),
    "h560z03": ([18 * 21600 * 3, 18 * 6500, 86000], 1369400),
    "h560z04": ([216000, 124800, 58600, 36000], 435400),
    "h560z05": ([468000, 312000, 236000, 64000, 20000], 1100000),
    "h560e01": ([420000, 60 * 9800, 156000, 318000, 142000, 46000], 1670000),
    "h560e02": ([3 * 268800, 58000, 36000], 900400),
    "h560e03": ([120 * 3600, 80 * 1450, 8 * 18500, 86000, 214000, 128000, 54000, 22000], 1200000),
    "h560e04": ([72000, 36 * 46800], 1756800),
    "h560e05": ([2 * 186000, 48000], 420000),
}
PAYMENTS = {  # instalments stated in the text, must add up to the value
    "h560z01": [408000, 918000, 714000], "h560z02": [315600, 946800, 315600], "h560z05": [550000, 462000, 88000],
    "h560e01": [334000, 751500, 584500], "h560e03": [120000, 660000, 420000],
    "h560z03": [203000] + [97200] * 12, "h560z04": [108850] * 4, "h560e02": [58000 + 36000] + [67200] * 12,
    "h560e04": [72000] + [46800] * 36, "h560e05": [48000] + [46500] * 8,
}
# TCO inputs for goods/licence drafts: (fee base = itemised licence/hardware subtotal, fee %, warranty months)
TCO_IN = {"h560z01": (1180000, 8, 24), "h560z02": (1319400, 9, 18), "h560z05": (780000, 26, 6),
          "h560e01": (1164000, 11, 18), "h560e03": (996000, 7, 36)}
FORUM_OUTSIDE_MAINLAND = {"h560e01": True, "h560e02": True}  # Zurich seat; Lausanne courts
# my design list, written before deriving
DESIGN = {
    "h560z01": [], "h560e03": [],
    "h560e01": ["CR-GOVERNING-LAW"],
    "h560z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "h560z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h560z04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
    "h560e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-TERMINATION"],
    "h560e04": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "h560e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h560z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    """policy.md section 4: horizon 5 years from acceptance, warranty from acceptance, fee base itemised subtotal."""
    base, pct, wm = TCO_IN[key]
    value = EXTRA[key][4]
    post_years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * post_years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My own reading of policy.md section 3 applied to a label."""
    r = set()
    kind = t["contract_kind"]
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
    if kind == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x.get("post_warranty_fee_capped") or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO_IN and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE_MAINLAND.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, _, lang, _ = NAMES[key]
    t = dict(zip(TERM_KEYS, T[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ================================================================ threshold scan
P = r"(?:%|％|\s*per\s*cent|\s*percent)"
NUM = r"(?<![0-9.,])"
THRESH = [
    r"99\.9(?![0-9])\s*" + P, NUM + r"0\.05(?![0-9])\s*" + P, r"万分之五(?![十百千0-9])",
    NUM + r"100\s*" + P, r"百分之一?百", r"one\s+hundred\s+per\s*cent",
    NUM + r"30\s*" + P, r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s+per\s*cent",
    NUM + r"15\s*" + P, r"百分之十五", r"fifteen\s+per\s*cent",
    NUM + r"40\s*" + P, r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s+per\s*cent",
    NUM + r"4\s*个?\s*小时", r"(?<![一二三四五六七八九十])四\s*个?\s*小时", NUM + r"240\s*分钟", NUM + r"240\s*-?\s*min",
    NUM + r"4\s*-?\s*(?:hours?|hrs?|h)\b", r"\bfour\s*-?\s*hours?", 
    NUM + r"12\s*个\s*月", r"十二\s*个\s*月", r"一\s*年", NUM + r"1\s*年", NUM + r"12\s*-?\s*months?",
    r"\btwelve\s*-?\s*months?", r"\bone\s*-?\s*years?\b", NUM + r"1\s*-?\s*years?\b",
    NUM + r"5\s*年", r"(?<![一二三四六七八九十])五\s*年", NUM + r"60\s*个\s*月", r"六十\s*个\s*月",
    r"\bfive\s*-?\s*years?", NUM + r"5\s*-?\s*years?\b", NUM + r"60\s*-?\s*months?",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["4小时", "四小时", "4 小时", "240分钟", "99.9%", "99.9 %", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "三成", "12个月", "十二个月", "一年", "15%", "40%", "四成", "5年", "五年", "60个月",
            "four hours", "4 hours", "twelve months", "12 months", "one year", "five years", "5 years", "60 months",
            "100 per cent", "thirty per cent", "15 percent", "40 %", "12-month", "one-year"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "24 hours", "14 hours", "300%", "0.055%", "12.5%", "120 months", "112个月", "24个月",
             "one Service Year", "Subscription Year", "145%", "1,500 per day", "CNY 1,200", "3.5 years"]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in [rx.search(text)] if m]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for key, (parts, total) in SUMS.items():
        assert sum(parts) == total == EXTRA[key][4], key
        assert sum(PAYMENTS[key]) == total, (key, sum(PAYMENTS[key]))
    # write text files and Word/PDF files
    for key, (name, kind, lang, src) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    sources = {k: v[3] for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    # labels
    covered = set()
    problems = []
    for key in NAMES:
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        # no value on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        if key in TCO_IN:
            assert abs(tco_share(key) - 40) > 2, (key, tco_share(key))
        (OUT / (NAMES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = sorted(len(DESIGN[k]) for k in DESIGN)
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2 and DESIGN["h560e01"] == ["CR-GOVERNING-LAW"]
    assert len(DESIGN["h560z05"]) >= 8 and sum(1 for k in DESIGN if 2 <= len(DESIGN[k]) <= 3) == 6, mix
    # read back, lengths, threshold scan
    for key, (name, kind, lang, src) in NAMES.items():
        text = read_back(OUT / name, kind)
        for v in variants(src) + variants(text):
            h = hits(v)
            if h:
                problems.append((name, h))
        if lang == "zh":
            n, n2 = len(text), len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
            print(f"{name}: {n} characters ({n2} without whitespace){'' if ok else '  OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words{'' if ok else '  OUT OF RANGE'}")
        if not ok:
            problems.append((name, "length"))
        lab = label(key)
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk:", risk(lab["expected_rules"]))
        if key in TCO_IN:
            print(f"   TCO share {tco_share(key):.2f} %")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
