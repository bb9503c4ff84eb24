"""holdout550 generator: writes the ten contracts (z01-z05 Chinese, e01-e05 English), their .json labels, checks the
price sums, derives each draft's expected CR rules from its labels by my own reading of policy.md section 3, checks
them against the design list, asserts that all 20 CR rules fire, reads every built file back, counts its length and
scans it (and every source text) for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:江川市养老服务综合监管平台建设项目合同
P:合同编号：JCMZ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江川市民政局　　地址：江川市府前路18号
P:乙方（供应商）：杭州康颐信息技术有限公司　　统一社会信用代码：91330106MA2H7K3Q5D
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江川市养老服务综合监管平台建设项目（项目编号：JCCG2025-0342）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"颐养云"养老服务监管平台软件的永久使用许可，并根据甲方需求完成定制开发、数据迁移、部署实施和培训，建成覆盖全市312家养老机构、46个居家养老服务中心的综合监管平台。
P:1.2 定制开发内容包括：全市养老服务监管驾驶舱、养老机构等级评估模块、养老服务补贴申请与核发模块、居家上门服务工单与轨迹核查模块，以及与省养老服务信息系统、市民政一体化平台、市医保结算系统的数据接口。
P:1.3 平台部署于江川市政务云，乙方不得将平台或数据部署于政务云以外的任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾陆万肆仟元整（¥1,564,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及质保期内的全部服务费用。明细如下：
P:（1）平台软件永久使用许可（含监管、评估、补贴、工单四个基础模块，不限用户数）：¥680,000；
P:（2）定制开发（驾驶舱、评估模块、补贴核发模块、工单轨迹核查模块及三个外部接口）：¥742,000；
P:（3）历史数据迁移与部署实施：¥118,000；
P:（4）培训（市、县两级民政工作人员及养老机构管理员）：¥24,000。
P:2.2 除本合同另有约定外，甲方不再承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥312,800。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥703,800。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥547,400。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 进度要求
P:4.1 乙方应在合同签订后90日内完成平台部署、定制开发和数据迁移，提交初步验收申请；初步验收后进入60日试运行期。
P:4.2 乙方应按周向甲方报送项目进度，重大风险应及时书面报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：（1）需求规格说明书所列功能全部实现并测试通过；（2）历史数据迁移后经双方逐表核对，记录条数及金额一致；（3）三个外部接口连续10日数据交换无差错；（4）在500个并发用户下，常用页面响应时间不超过2秒；（5）通过第三方网络安全等级保护测评（第三级）。
P:5.2 试运行期内平台未发生一级故障、各项指标持续达标的，由甲方组织最终验收，并可邀请专家和第三方检测机构参加。最终验收合格后双方签署最终验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、系统巡检和技术支持。
P:6.2 质保期满后，甲方如需继续购买运维服务，年度运维服务费不超过平台软件许可费的8%，即每年不超过¥54,400，质保期满后的三个服务年度内不上调。
P:6.3 服务水平：平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日书面告知甲方）。
P:6.4 故障分级与响应：一级故障（平台整体不可用或补贴核发中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，1个工作日内解决；三级故障在下一版本中解决。
P:6.5 乙方未达到上述服务水平的，一级故障每超时1小时扣减运维保证金或应付款¥800；月可用率每低于承诺值0.01个百分点扣减¥1,000。
H:第七条 数据安全与数据归属
P:7.1 平台中的老年人信息、养老机构信息、补贴发放记录、服务工单、轨迹及日志等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、出售或用于任何其他目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，落实访问控制、敏感字段加密存储、操作日志留存和最小授权原则；乙方人员远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方由此遭受的损失。
P:7.4 合同终止或履行完毕时，乙方应向甲方完整移交全部数据，并删除其持有的副本，出具书面删除证明。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 本条保密义务不因合同终止而免除，在合同终止后三年内持续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件、源代码、接口程序、数据模型及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码和文档，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台基础软件的知识产权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:9.3 乙方保证其提供的软件不侵犯任何第三方的知识产权，如有侵权，由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成第四条约定的工作的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。乙方如需将非主体、非关键性工作分包，须事先征得甲方书面同意，并对分包部分承担全部责任。
H:第十二条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江川市民政局　　　　乙方（盖章）：杭州康颐信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日　　　　　签订日期：2025年　月　日
"""

SRC["z02"] = """T:拉丝机电气控制系统改造及维保合同
P:合同编号：HXGS-SB-2025-0629
P:甲方（买方）：江苏恒鑫钢丝绳有限公司
P:乙方（卖方）：无锡博拓自动化工程有限公司
P:甲方拟对其二车间12台直进式拉丝机的电气控制系统进行改造，以提高拉拔速度稳定性、降低断丝率。乙方具备相应的设计、供货和实施能力。双方经协商，就改造项目的设备供货、软件许可、安装调试及维保服务订立本合同。
H:一、项目范围
P:（一）乙方负责12台拉丝机电气控制系统的设计、设备及软件供货、拆旧安装、调试、培训，使改造后的拉丝机达到本合同第五部分约定的性能指标。
P:（二）改造期间乙方应按甲方的生产计划分批停机施工，每批不超过3台，每批停机时间不超过10日。
H:二、合同价格
P:（一）本合同总价为人民币贰佰叁拾柒万元整（¥2,370,000），含13%增值税、运输、保险、安装调试及培训费用。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|变频器及驱动单元|12套|94,000|1,128,000
TB:2|PLC控制柜（含I/O模块）|12台|40,500|486,000
TB:3|张力及速度传感器组|12套|17,700|212,400
TB:4|HMI触摸屏操作站|12台|7,800|93,600
TB:5|拉丝工艺控制软件许可（永久）|1套|260,000|260,000
TB:|软硬件小计|||2,180,000
TB:6|拆旧、安装及调试|1项|164,000|164,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:|合计|||2,370,000
P:（二）上述价格为固定价格，合同履行期间不作调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥237,000。
P:（二）全部设备到货并安装调试完成后，甲方支付合同总价的55%，即¥1,303,500。安装调试完成不视为验收合格。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥829,500。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同签订后60日内将第一批设备运抵甲方二车间，全部12台拉丝机的改造应在合同签订后150日内完成。
P:（二）乙方施工应遵守甲方的安全生产管理制度，施工人员须经甲方安全培训后方可进场。乙方负责拆除旧控制柜、旧电缆，并按甲方指定地点堆放，拆除的旧设备归甲方所有。
P:（三）乙方提供的设备应为原厂全新正品，附带出厂合格证、检验报告和中文说明书；变频器、PLC品牌和型号以技术协议为准，未经甲方书面同意不得替换。
P:（四）乙方应为甲方电气维修人员提供不少于5日的现场培训，使其能够独立完成参数调整、故障诊断和备件更换。
H:五、验收
P:（一）验收标准：1．每台拉丝机在最高设计速度下连续运行72小时无停机故障；2．出线速度控制精度±0.2%以内；3．张力波动不超过设定值的±3%；4．改造后连续30日的平均断丝次数比改造前同期降低不少于50%；5．HMI画面、报警记录、生产数据报表功能符合技术协议。
P:（二）全部拉丝机改造完成并连续稳定运行30日后，乙方提出验收申请，甲方在10个工作日内组织最终验收，双方签署验收报告。
P:（三）设备到货签收、安装调试完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质保及维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:（二）故障响应：整线停机故障乙方应在30分钟内电话响应，8小时内到达现场；单台停机故障2小时内响应，24小时内到达现场。乙方每迟到1小时，向甲方支付¥500。
P:（三）质保期满后，乙方继续提供维保服务，内容包括定期巡检、故障维修、备件更换、程序优化和软件升级。维保服务费为软硬件小计的26%每年，即¥566,800/年，维保服务期内该费用固定不变。维保合同按服务年度签订。
P:（四）维保期内的服务响应要求与本部分第（二）项相同。
H:七、数据与网络安全
P:（一）拉丝机运行数据、工艺参数、生产报表及报警记录归甲方所有。乙方仅可为本合同项下的调试和维保使用上述数据，不得复制带离或用于其他目的。
P:（二）乙方远程维护须事先经甲方设备部书面批准，通过甲方指定的VPN及工业防火墙接入，每次维护结束后立即断开；乙方应对其人员的操作行为负责，并保证所接入设备无病毒。
P:（三）因乙方原因造成甲方数据泄露、控制程序被篡改或生产网络遭受攻击的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
H:八、保密
P:双方对履行本合同中知悉的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、工艺控制参数配置及源代码归甲方所有，乙方应在验收时交付，甲方可自行修改或委托他人修改。
P:（二）拉丝工艺控制软件的著作权归乙方所有，甲方取得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:（二）因乙方原因导致验收不合格且经两次整改仍不合格的，甲方有权解除合同，乙方退还已付款项并拆除其设备。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得转包本合同。电气安装施工如需分包，须事先取得甲方书面同意，乙方对分包人的行为承担连带责任。
H:十二、合同解除
P:乙方严重违约且经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力致使一方不能按期履行的，该方应及时通知对方并提供证明，可相应顺延履行期限，但应尽力减少损失。
H:十五、廉洁与安全
P:（一）双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益，一经查实，甲方有权终止合作并追究责任。
P:（二）乙方应为其施工人员购买人身意外伤害保险，施工期间发生的乙方人员伤亡由乙方负责。因乙方施工造成甲方设备或人员损害的，乙方应负责修复并赔偿。
P:（三）乙方应在施工结束后清理现场，保持车间整洁，不得影响其他生产线的正常运行。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：江苏恒鑫钢丝绳有限公司　　乙方（盖章）：无锡博拓自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　　日期：2025年　月　日
"""

SRC["z03"] = """药店处方流转及会员管理SaaS服务合同

合同编号：YKT-SaaS-2025-1108

甲方（客户）：湖南仁和堂大药房连锁有限公司
住所：长沙市岳麓区麓谷大道216号

乙方（服务商）：上海云药通信息科技有限公司
住所：上海市徐汇区虹漕路88号

鉴于甲方在湖南省内经营150家零售药店，拟统一采用云端处方流转及会员管理系统；乙方为该类SaaS服务的提供方。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其"云药通"SaaS平台，向甲方150家门店及总部提供电子处方流转与审方、处方药销售登记、会员积分与储值、慢病会员随访、医保刷卡对接及经营报表服务。
1.2 乙方负责一次性实施工作：150家门店的开通配置、门店收银系统与平台对接、历史会员数据迁移、与甲方ERP系统及湖南省医保信息平台的接口开发、门店店长及执业药师培训。
1.3 乙方提供7×24小时在线客服和热线支持，并为甲方配备专职客户经理，每季度到甲方总部进行服务回顾。
1.4 服务期为三个服务年度，自上线验收合格之日起计算。平台功能按乙方产品路线图持续更新，更新不得降低本合同约定的功能和服务水平。

2. 服务费用
2.1 本合同费用如下：
（1）门店订阅费：每家门店每个服务年度¥2,880，150家门店合计每个服务年度¥432,000；
（2）总部管理模块订阅费：每个服务年度¥96,000；
（3）一次性实施费：¥186,000；
（4）培训费：¥18,000。
2.2 三个服务年度订阅费合计¥1,584,000，加实施费和培训费，本合同总价为¥1,788,000（含6%增值税）。
2.3 服务期内新增门店的，按每家门店每个服务年度¥2,880按月折算计费，关闭门店的相应减少。

3. 付款
3.1 实施费和培训费在上线验收合格后20个工作日内一次性支付。
3.2 订阅费按季度结算，乙方在每季度结束后10个工作日内提交服务报告和发票，甲方核对无误后20个工作日内支付当季费用。
3.3 甲方不向乙方支付任何预付款。

4. 实施与上线验收
4.1 乙方应在合同签订后75日内完成全部150家门店的上线，分三批进行，每批上线前应完成门店测试。
4.2 上线验收标准：（1）全部门店可正常开具、流转和审核电子处方，测试处方不少于300张且无差错；（2）医保刷卡结算与省医保平台连续10日对账一致；（3）迁移会员数据经抽样核对与原系统一致，积分及储值余额无差异；（4）ERP接口连续10日数据同步无差错；（5）收银高峰时单笔交易处理时间不超过3秒。
4.3 验收由甲方组织，双方签署上线验收报告。门店开通、试用或甲方支付任何款项均不视为验收合格。
4.4 乙方未能按期完成上线的，每逾期一日向甲方支付¥1,200的违约金。

5. 服务水平
5.1 平台月可用率不低于99.5%。计划内维护应在凌晨1:00至5:00之间进行并提前3日通知甲方。
5.2 一级故障（处方流转或收银结算中断，影响10家以上门店）乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障在下一个工作日内答复。
5.3 服务补偿：月可用率低于承诺值的，按下列标准抵扣当季订阅费：低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。一级故障超过约定恢复时间的，每超过1小时另抵扣¥1,000。

6. 数据安全
6.1 乙方应将甲方数据存储于中国境内，平台应通过网络安全等级保护第三级测评，对处方、会员身份证号和手机号等敏感信息加密存储和脱敏展示，并保存操作日志不少于六个月。
6.2 乙方应建立数据访问审批制度，仅授权人员可访问甲方数据。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其过错造成的全部损失和罚款。

7. 数据权属与使用
7.1 甲方上传或在服务中产生的处方、会员、销售及经营数据归甲方所有。
7.2 甲方同意，乙方可对上述数据进行去标识化处理后，用于乙方的药品零售行业分析报告、产品改进及算法模型训练，并可在服务期内外持续使用该等去标识化数据。
7.3 服务期满或合同终止后30日内，乙方应将甲方数据以通用格式完整交付甲方，并删除平台上的甲方数据。

8. 知识产权
8.1 乙方为甲方开发的医保接口、ERP接口程序、定制报表及其源代码的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
8.2 SaaS平台本身的知识产权归乙方所有。

9. 保密
9.1 双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露。
9.2 保密义务在本合同终止后三年内持续有效。

10. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，但经甲方事先书面同意的除外。

11. 责任限制
乙方在本合同项下的累计赔偿责任以本合同总价的150%为限，但数据安全事件、侵犯知识产权及故意或重大过失造成的损失不受此限。

12. 期限与解除
12.1 服务期满后，如甲方需继续使用，双方应在期满前60日另行签订续约合同，本合同不自动续期。
12.2 一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
12.3 合同解除后，甲方应支付已实际提供服务的费用，乙方应按7.3条交付数据。

13. 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地有管辖权的人民法院管辖。

14. 双方其他义务
14.1 甲方应指定项目负责人，及时提供门店清单、网络条件、历史数据和接口文档，并组织门店人员参加培训。
14.2 乙方应遵守《药品经营质量管理规范》关于处方保存、审方记录和追溯的要求，平台上的处方及审方记录应完整保存至服务期满，期满后按第7.3条交付甲方归档。
14.3 服务期内乙方拟对平台进行重大版本变更的，应提前30日书面通知甲方，并在测试门店试运行不少于7日，确认不影响处方流转、医保结算和会员储值后方可在全部门店上线。
14.4 服务期满或合同解除时，乙方应提供不少于60日的过渡期服务，协助甲方将业务迁移至新的系统，过渡期服务按原订阅费标准按日折算。

15. 其他
本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方：湖南仁和堂大药房连锁有限公司（盖章）        乙方：上海云药通信息科技有限公司（盖章）
授权代表：                                      授权代表：
日期：2025年  月  日                            日期：2025年  月  日
"""

SRC["z04"] = """燃气SCADA系统年度运维服务合同

项目名称：市燃气公司SCADA系统年度运维服务（竞争性磋商）
项目编号：NHRQ-CS-2025-031
合同编号：NHRQ-YW-2025-0715

甲方：南湖市燃气有限公司
乙方：合肥中控燃联技术服务有限公司

甲方通过竞争性磋商方式采购SCADA系统年度运维服务，乙方为成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同，上述文件为本合同的组成部分。

第一条 服务对象与服务期
（1）服务对象为甲方调度中心SCADA系统，包括2台SCADA服务器、2台历史数据库服务器、6台操作员站、通信前置机、工业交换机，以及全市3座门站、41座区域调压站和126个管网监测点的RTU及通信链路。
（2）服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，甲方如需继续采购，应另行组织采购程序。

第二条 服务内容
（1）驻场运维：乙方派驻2名具有SCADA运维经验的工程师在甲方调度中心工作日驻场，夜间及节假日电话值守。
（2）远程监控与巡检：每日检查系统运行状态、数据采集完整率和通信状态，每月对全部站点RTU进行一次远程巡检，每季度现场巡检门站和调压站。
（3）健康检查与应急演练：每半个服务年度进行一次系统健康检查，提交书面报告；每季度配合甲方进行一次SCADA故障应急演练。
（4）备件更换：服务期内RTU通信模块、电源模块及交换机等常用备件的更换，备件费用已包含在合同价内。
（5）软件维护：SCADA组态修改、报表调整、补丁安装及病毒库更新。补丁安装前应在测试环境验证，并经甲方调度中心书面同意后实施。
（6）配置备份：每月对服务器系统、数据库和组态工程进行一次完整备份，备份介质交甲方保管。

第三条 合同价款
（1）本合同总价为人民币陆拾叁万元整（¥630,000），包含全部人工、差旅、备件、税费等费用。分项如下：驻场运维服务¥336,000；远程监控与巡检¥148,000；健康检查与应急演练¥62,000；常用备件更换¥84,000。
（2）合同价款为固定总价，服务期内不作调整。

第四条 付款方式
（1）合同价款按季度平均支付，每季度¥157,500。
（2）每季度结束后，乙方提交季度服务报告，经甲方按第六条考核确认后15个工作日内，甲方支付当季服务费（扣除考核扣款）。
（3）甲方不支付预付款。

第五条 服务水平
（1）SCADA服务器及历史数据库服务器月可用率不低于99.95%。
（2）一级故障（调度中心失去对门站或超过10座调压站的监控）：乙方驻场工程师应在15分钟内响应，1小时内到达现场，3小时内恢复监控。
（3）二级故障（单站监控中断或数据异常）：30分钟内响应，8小时内恢复。
（4）三级故障（报表、界面等一般问题）：当日响应，3个工作日内解决。
（5）乙方应每月向甲方提交月度运行报告，列明故障清单、处理时长、巡检结果及系统运行建议。

第六条 考核与扣款
（1）甲方每季度对乙方服务进行考核，考核内容包括故障响应与恢复时间、巡检完成情况、报告质量及驻场出勤。
（2）一级故障响应或恢复每超时30分钟，扣款¥2,000；二级故障每超时1小时，扣款¥500；月可用率每低于承诺值0.01个百分点，扣款¥1,000。
（3）驻场工程师无故缺勤的，每人每日扣款¥800。
（4）季度考核得分低于80分的，甲方有权要求乙方更换项目负责人。

第七条 年度验收
服务期满前15日内，乙方提交年度运维总结报告。甲方按以下标准组织验收：（1）全年一级故障均在约定时间内恢复；（2）巡检和健康检查全部按计划完成并有记录；（3）运维文档、配置备份和变更记录完整移交；（4）系统软件版本和补丁台账准确。验收合格后双方签署年度验收报告。

第八条 数据安全
（1）SCADA系统中的管网压力、流量、阀门状态、用户用气数据及系统配置均属于甲方所有，乙方仅可为履行本合同使用，不得复制、带离或向第三方提供。
（2）乙方人员须遵守甲方工控安全管理制度，禁止在SCADA网络中使用未经检测的移动存储介质，远程访问须经甲方审批并通过堡垒机全程记录。
（3）发生网络攻击、病毒感染或数据泄露时，乙方应在1小时内报告甲方并采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方损失。

第九条 保密
乙方对履行本合同过程中知悉的管网布局、调度数据、系统口令及甲方其他未公开信息负有保密义务，保密期限至合同终止后三年。

第十条 知识产权
乙方在服务期内编写的运维文档、组态修改、脚本和报表模板的知识产权归甲方所有，甲方可自由使用和修改。

第十一条 违约责任
（1）乙方未按第二条约定的时间完成季度巡检、健康检查或提交报告的，每逾期一日，按合同总价的千分之一支付违约金。
（2）乙方在本合同项下的累计赔偿责任（包括违约金、扣款及赔偿）以合同总价的50%为限。
（3）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第十二条 合同的履行与解除
（1）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。
（2）乙方违约的，甲方有权依照第六条扣款、依照第十一条要求乙方支付违约金并采取补救措施，乙方应继续履行本合同。

第十三条 分包
乙方不得将本合同项下的任何服务分包或转包。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 人员与交接
（1）乙方驻场工程师及项目负责人应与响应文件一致，确需更换的，应提前15日书面通知甲方并经甲方同意，替换人员的资质和经验不得低于原人员。
（2）乙方人员进入门站、调压站等场所，应遵守甲方安全生产和动火管理规定，佩戴防静电工装，由甲方人员陪同。
（3）服务期满或合同终止时，乙方应向甲方或甲方指定的新服务商完整交接运维资料、账号清单和未处理问题清单，并提供为期30日的交接期配合。

第十六条 甲方义务
甲方应为驻场工程师提供办公场所和必要的工作条件，及时提供系统资料和现场配合，并按约定支付服务费。

第十七条 廉洁与通知
（1）乙方不得向甲方工作人员给予任何形式的不正当利益。
（2）双方往来通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，地址变更应提前5日通知对方。

第十八条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：南湖市燃气有限公司          乙方（盖章）：合肥中控燃联技术服务有限公司
代表：                                    代表：
日期：2025年6月  日                       日期：2025年6月  日
"""

SRC["z05"] = """# 软件许可及定制开发合同

**（味研科技标准合同文本 V4.0）**

合同编号：WY-HT-2025-0386

甲方（用户）：广西南方香源食品有限公司
地址：南宁市江南区五一西路宏源工业园

乙方（供应商）：成都味研科技有限公司
地址：成都市高新区天府大道中段1388号

甲方因芝麻糊、核桃粉等冲调食品的配方研发与生产管理需要，向乙方采购"味研配方管理系统"软件许可及定制开发服务。双方经友好协商，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供味研配方管理系统V6软件许可（50个并发用户），包括配方设计、营养成分计算、原料规格库、配方版本管理及标签生成模块。

1.2 乙方根据甲方需求进行定制开发：配方审批流程、原料批次追溯、过敏原管理，以及与甲方ERP系统、MES系统的数据接口。

1.3 乙方负责系统的安装部署、基础数据初始化和用户培训。

1.4 定制开发的具体功能以双方签字确认的《需求确认书》为准。需求确认书应在合同签订后20日内完成；甲方在需求确认后提出的变更，按本合同第2.2条另行计费，交付期限相应顺延。

1.5 系统部署于甲方自有服务器。服务器、操作系统、数据库软件及网络环境由甲方自行准备，并应符合乙方提供的配置要求。

1.6 乙方交付的内容包括：安装介质、系统管理员手册、用户操作手册、接口说明文档和培训课件。乙方应协助甲方将现有纸质及电子表格中的配方、原料规格和营养成分数据导入系统，导入数量以需求确认书为准。

## 第二条 合同价款

2.1 合同总价为人民币柒拾贰万元整（¥720,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 味研配方管理系统V6软件许可（50并发用户） | 360,000 |
| 2 | 定制开发（审批流程、批次追溯、过敏原管理、ERP/MES接口） | 298,000 |
| 3 | 安装部署及数据初始化 | 52,000 |
| 4 | 用户培训（2期） | 10,000 |
| | 合计 | 720,000 |

2.2 上述价格含6%增值税。超出需求确认书范围的开发工作，按每人日¥2,200另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥360,000，乙方收款后启动项目。

3.2 系统安装部署完成并交付甲方使用后5个工作日内，甲方支付剩余50%，即¥360,000。

3.3 甲方逾期付款的，乙方有权暂停服务，甲方每日按逾期金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方在收到首期款后90日内完成软件安装部署和定制开发功能交付。

4.2 因甲方未及时提供需求确认、原料数据或环境条件而延误的，交付期限相应顺延。

## 第五条 验收

5.1 系统安装部署完成并交付甲方使用之日，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，由乙方在维护期内按第六条处理。

## 第六条 维护服务

6.1 乙方自系统交付之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 维护期内，一级故障（系统无法登录或配方无法保存）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在下一版本中解决。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，维护费按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 味研配方管理系统及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的审批流程、追溯模块、过敏原管理模块及接口程序的全部知识产权（含源代码）归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 甲方录入系统的配方、原料及生产数据归甲方所有。乙方应采取防火墙、权限控制和数据备份等安全措施保护甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担赔偿责任。

8.2 甲方同意乙方在对配方数据进行脱敏处理后，用于乙方营养成分数据库的完善、行业配方分析和产品改进。

## 第九条 双方的权利义务

9.1 甲方应指定项目联系人，及时提供配方样本、原料规格、工艺文件和接口资料，组织关键用户参加需求调研和培训，并对提供资料的真实性负责。

9.2 乙方应指派具有食品行业实施经验的项目经理，按项目计划推进工作，每两周向甲方提交一次项目进展报告。

9.3 乙方培训内容包括系统操作、配方录入与审批、营养成分表及标签生成、基础数据维护和系统管理员操作，每期培训不少于2日。

9.4 甲方应按照软件许可的用户数使用系统，不得超出许可范围安装或复制软件，需增加用户数的，按乙方当期报价另行购买。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或生产损失。

## 第十二条 分包

乙方可根据项目需要将部分实施或开发工作委托第三方完成，无需另行征得甲方同意，乙方对委托工作向甲方负责。

## 第十三条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

因不可抗力导致一方不能履行本合同的，受影响一方应在15日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十六条 通知与送达

双方的通知、函件以书面形式发送至本合同首页所列地址或双方项目联系人的电子邮箱，邮件发出之日视为送达。一方联系方式变更的，应在变更后3日内书面通知对方，否则按原联系方式送达视为有效。

## 第十七条 转让

未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同为乙方标准文本，双方另有书面约定的以书面约定为准。

甲方（盖章）：广西南方香源食品有限公司　　乙方（盖章）：成都味研科技有限公司

签字：　　　　　　　　　　　　　　　　　　签字：

日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NPS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) NestPlan Software GmbH, a company registered in Regensburg, Bavaria, Germany, with its office at Donaustaufer Strasse 115, 93059 Regensburg ("Licensor"); and
P:(2) Foshan Meijia Kitchen Cabinet Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 8 Lecong Avenue, Shunde District, Foshan, Guangdong ("Customer").
P:Recitals
P:(A) Customer manufactures kitchen cabinets and wardrobes in two plants in Foshan and wishes to plan panel cutting and production orders with Licensor's NestPlan production planning and nesting optimisation software.
P:(B) Licensor has agreed to grant perpetual licences to the software and to provide implementation, interface development, training and support services on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means NestPlan version 9, comprising the planning server, the nesting optimisation module and the client applications, together with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and cutting-machine interfaces, the Customer-specific report templates and the configuration developed by Licensor for Customer under Article 3.
P:1.3 "Installation" means completion of the installation of the Software on Customer's servers in both plants, confirmed in writing by Customer.
P:1.4 "Final Acceptance" means the signing of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business at its sites in the People's Republic of China, for 40 named users, one planning server and one nesting optimisation module.
P:2.2 Customer may make backup copies and may allow its affiliates and contractors working on its behalf to use the Software within the licensed quantities.
H:Article 3 Services
P:3.1 Licensor shall install and configure the Software, migrate the material and product master data from Customer's current planning spreadsheets, develop interfaces between the Software and Customer's ERP system and its eleven CNC panel saws and nesting machines, and train Customer's planners and administrators.
P:3.2 The Services shall be delivered under a project plan agreed within fifteen days after signature. Installation shall be completed within 60 days and the Software shall be ready for acceptance testing within 110 days after signature.
H:Article 4 Prices and Payment
P:4.1 The total Contract Price is CNY 980,000, inclusive of applicable Chinese taxes and withholdings, made up as follows:
P:(a) perpetual licences for 40 named users, CNY 344,000; planning server licence, CNY 126,000; nesting optimisation module, CNY 98,000; Licence Subtotal CNY 568,000;
P:(b) implementation and configuration, CNY 236,000;
P:(c) ERP and machine interface development, CNY 148,000;
P:(d) training of planners and administrators, CNY 28,000.
P:4.2 Customer shall pay 20% of the Contract Price (CNY 196,000) within 30 days after signature against Licensor's invoice; 45% (CNY 441,000) within 30 days after Installation; and 35% (CNY 343,000) within 30 days after Final Acceptance. Installation is not acceptance of the Software or the Services.
P:4.3 Payments shall be made by bank transfer in CNY to the account of Licensor named in its invoice.
H:Article 5 Acceptance
P:5.1 Licensor shall notify Customer when the Software and the Custom Deliverables are ready for acceptance testing. The acceptance tests shall show that: (a) all functions listed in the agreed specification work as described; (b) nesting runs on Customer's sample set of 500 panel orders achieve a material yield not lower than the yield stated in the specification; (c) production orders are transferred from the ERP system and cutting programs are sent to all eleven machines without error for ten consecutive working days; and (d) a full nesting run for one day's orders completes within ten minutes.
P:5.2 When the tests are passed, Customer shall sign the Final Acceptance Certificate within ten working days. If a test fails, Licensor shall correct the defect and repeat the test at its own cost.
P:5.3 Use of the Software in production before Final Acceptance, or any payment, does not constitute acceptance.
H:Article 6 Warranty
P:6.1 Licensor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the specification for a warranty period of eighteen months after Final Acceptance. During the warranty period Licensor shall correct defects free of charge and provide all updates and upgrades of the Software.
P:6.2 Support requests shall be handled as follows: for a Severity 1 fault (planning or nesting unavailable in a plant) Licensor shall respond within 1 hour and provide a workaround or fix within eight hours; for a Severity 2 fault, response within three hours and a fix within two working days; for other faults, response within one working day.
P:6.3 If Licensor misses a Severity 1 response or fix time, it shall credit Customer CNY 1,000 for each hour of delay, to be deducted from the next invoice or support fee.
H:Article 7 Annual Support after Warranty
P:7.1 After the warranty period Customer may order annual support covering updates, upgrades and the service levels in Article 6.2.
P:7.2 The annual support fee is 13% of the Licence Subtotal, CNY 73,840 per support year, fixed for the first three support years. Any later increase shall not exceed 3% per support year and must be agreed in writing.
P:7.3 Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 8 Delay
P:8.1 If Installation or readiness for acceptance testing is delayed beyond the dates in Article 3.2 for reasons attributable to Licensor, Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 If the delay exceeds 60 days, Customer may in addition terminate this Agreement under Article 14.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of Licensor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in Customer upon creation. Licensor shall deliver their source code and documentation at Final Acceptance, and Customer may use, modify and license them to third parties without restriction.
P:9.3 Licensor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 10 Customer Data and Data Security
P:10.1 All production, order, customer and design data processed by the Software ("Customer Data") belongs to Customer. Licensor may access Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 Remote access by Licensor requires Customer's approval for each session through Customer's VPN with multi-factor authentication. Licensor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC, shall not transfer Customer Data outside the PRC and shall keep a log of all access.
P:10.3 Licensor shall notify Customer within 24 hours of any actual or suspected breach affecting Customer Data, take immediate remedial action, and be liable for all losses caused to Customer by a breach attributable to Licensor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including product designs, prices and production volumes, and shall use it only for this Agreement.
P:11.2 This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Licensor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 9.3 or breach of Article 10.
P:12.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in Article 12.1.
H:Article 13 Subcontracting
P:Licensor shall not subcontract any part of the Services without Customer's prior written consent. Licensor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 On termination by Customer for Licensor's breach, Licensor shall refund the amounts paid for Services not accepted, and the licences already paid for remain in force.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Munich, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with its specification and project plan, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be given in writing to the addresses stated above.
P:16.3 Force majeure: Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. Time for performance is extended by the duration of the event.
P:16.4 Neither party may assign this Agreement without the prior written consent of the other party.
P:Signed for NestPlan Software GmbH: ____________________ Name: Date:
P:Signed for Foshan Meijia Kitchen Cabinet Co., Ltd.: ____________________ Name: Date:
"""

SRC["e02"] = """# ORDER FORM — ShiftWise Workforce Scheduling Service

**Order Form No.** SW-CN-2025-0193
**Supplier:** ShiftWise Cloud GmbH, Königsbrücker Strasse 96, 01099 Dresden, Saxony, Germany ("Supplier")
**Customer:** Anhui Huixian Supermarket Chain Co., Ltd., 199 Changjiang West Road, Shushan District, Hefei, Anhui, PRC ("Customer")
**Effective Date:** the date of the last signature below

This Order Form and the ShiftWise General Terms attached to it (together, the "Agreement") set out the terms on which Supplier provides its cloud workforce scheduling service to Customer. Customer operates 42 supermarkets in Anhui Province and wishes to plan the shifts, attendance and labour budget of its store employees with the service.

## Part A — Order Details

### A1. Service and Subscription Term

| Item | Description |
|---|---|
| Service | ShiftWise Scheduling (demand forecasting, shift planning, time and attendance, labour budget) |
| Employee Seats | 600 store employees |
| Store Manager Module | 42 stores |
| Hosting | Supplier's production environment on a cloud platform in the Shanghai region, PRC |
| Subscription Term | three Subscription Years from the Service Start Date |
| Service Start Date | the date of Onboarding Acceptance under Section 4.3 |

### A2. Fees (in CNY, at the Customer's request)

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Employee Seats | 600 seats × CNY 540 per Subscription Year | 324,000 per Subscription Year |
| Store Manager Module | 42 stores × CNY 2,400 per Subscription Year | 100,800 per Subscription Year |
| Subscription Fees per Subscription Year | | 424,800 |
| Subscription Fees for three Subscription Years | | 1,274,400 |
| Onboarding (configuration, HR and POS interfaces, data load, training) | one-time | 86,000 |
| Total Fees under this Order Form | | 1,360,400 |

Additional seats ordered during the Subscription Term are charged at CNY 540 per seat per Subscription Year, pro rata by month.

### A3. Invoicing and Payment

A3.1 The Onboarding fee is invoiced after Onboarding Acceptance.
A3.2 Subscription Fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the Service provided in that quarter.
A3.3 Customer shall pay each undisputed invoice within 30 days after receipt. No amount is payable before the Service Start Date.

### A4. Onboarding Plan

Supplier shall complete the onboarding within 70 days after the Effective Date, in two waves of 21 stores each. The onboarding comprises configuring store opening hours, demand drivers and labour rules, loading employee master data, building the interfaces to Customer's HR system and its POS sales data, and training 42 store managers and six head-office planners.

## Part B — General Terms

### Section 1. Definitions

1.1 "Service" means the ShiftWise cloud service described in Part A, including its mobile application for store employees.
1.2 "Customer Data" means all data entered into the Service by or for Customer, including employee names, contact details, working hours, attendance records and sales data, and all reports produced from it.
1.3 "Subscription Year" means the period from the Service Start Date, or from an anniversary of it, to the day before the next anniversary.
1.4 "Customer Configurations" means the labour rules, shift templates, forecast settings, report layouts and interface mappings prepared by Supplier for Customer.

### Section 2. Use of the Service

2.1 Supplier grants Customer the right to use the Service during the Subscription Term for the number of seats ordered.
2.2 Customer shall keep its user credentials secure and shall not resell the Service.
2.3 Supplier may improve the Service from time to time, provided that no change reduces the functions or service levels in this Agreement.

### Section 3. Service Levels

3.1 Supplier shall make the Service available 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 00:00 and 06:00 China Standard Time.
3.2 Support requests are classified and handled as follows: Severity 1 (the Service or shift publishing is unavailable for all stores): response within 30 minutes, restoration within six hours; Severity 2 (a function is unavailable for one or more stores): response within two hours, resolution within two business days; Severity 3 (other questions): response within one business day.
3.3 If monthly availability falls below the commitment in Section 3.1, Customer shall receive a service credit of 5% of the monthly Subscription Fees for each 0.1 percentage point, or part of it, below the commitment, up to 50% of the monthly Subscription Fees. If a Severity 1 restoration time is missed, Customer shall receive an additional credit of CNY 1,000 for each hour of delay.
3.4 Service credits are deducted from the next invoice.

### Section 4. Onboarding and Acceptance

4.1 Supplier shall perform the onboarding under Part A4.
4.2 If the onboarding is not ready for acceptance testing by the date in Part A4 for reasons attributable to Supplier, Supplier shall pay Customer CNY 900 for each day of delay.
4.3 Onboarding Acceptance requires that: (a) schedules for all 42 stores are generated from the configured labour rules and published to employees' mobile devices; (b) attendance records for a test period of two weeks reconcile with the clock-in records of the stores; (c) the HR and POS interfaces run for ten consecutive days without error; and (d) the labour budget report matches Customer's test figures. Customer shall confirm acceptance in writing within five business days after successful tests. Use of the Service before that date is not acceptance.

### Section 5. Customer Data

5.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to provide the Service to Customer and for no other purpose.
5.2 Supplier shall store Customer Data only in the PRC, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months and comply with the Personal Information Protection Law and the Data Security Law of the PRC.
5.3 Supplier shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate with Customer's investigation and any report to the authorities, and be liable for all losses and fines caused to Customer by an incident attributable to Supplier or its subcontractors.
5.4 Within 30 days after the end of the Agreement, Supplier shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### Section 6. Intellectual Property

6.1 The Service and its software remain the property of Supplier.
6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and provide them to any successor provider.

### Section 7. Subcontractors

7.1 Supplier may use subcontractors, including its hosting provider and its Chinese support partner, to perform any part of the Service. Supplier shall inform Customer in writing of each subcontractor before it starts work.
7.2 Supplier remains responsible for the acts and omissions of its subcontractors as for its own.

### Section 8. Liability

8.1 Each party's total liability under this Agreement is limited to twice the Total Fees under this Order Form.
8.2 The limit does not apply to personal injury, wilful misconduct or breach of Section 5.

### Section 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term. It may be renewed only by a new Order Form signed by both parties.
9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.
9.3 On termination by Customer for Supplier's breach, Supplier shall refund any fees paid for the period after termination.

### Section 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.
10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### Section 11. General

11.1 Amendments must be in writing and signed by both parties.
11.2 If Part A and Part B conflict, Part A prevails.

### Section 12. Customer Responsibilities

12.1 Customer shall name a project manager for the onboarding, provide store opening hours, labour rules, employee master data and test data on time, and make its HR and POS interface specifications available to Supplier.
12.2 Customer is responsible for the accuracy of the data it enters and for informing its employees about the processing of their data as required by law.

### Section 13. Force Majeure

13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. Time for performance is extended by the duration of the event.

**Signed for ShiftWise Cloud GmbH:** ____________________ Name / Title / Date

**Signed for Anhui Huixian Supermarket Chain Co., Ltd.:** ____________________ Name / Title / Date
"""

SRC["e03"] = """T:SUPPLY AND INSTALLATION CONTRACT
P:Cold-Store Environmental Monitoring System — Contract No. QDHY-EQ-2025-088
P:BETWEEN Qingdao Haiyue Frozen Foods Co., Ltd., 66 Haier Road, Laoshan District, Qingdao, Shandong, PRC (the "Buyer"); AND Nordsensorik Hamburg GmbH, Grosse Elbstrasse 145, 22767 Hamburg, Germany (the "Supplier").
P:WHEREAS the Buyer operates a cold-storage warehouse of 32 chambers at its Jiaozhou logistics park and requires a wireless system to monitor temperature, humidity, door status and ammonia leaks; and WHEREAS the Supplier was selected in the Buyer's tender of May 2025; the parties agree as follows. This Contract is the Buyer's standard form. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and detectors listed in the Price Schedule. "Software" means the ColdWatch monitoring software licensed under clause 3. "System" means the Equipment and the Software installed and configured at the Site.
P:1.2 "Site" means the Buyer's cold-storage warehouse at 18 Haixin Road, Jiaozhou, Qingdao.
P:1.3 "Installation Certificate" and "Final Acceptance Certificate" mean the certificates issued under clause 6.
P:1.4 "Severity 1" and "Severity 2" have the meanings given in clause 7.2. Words in the singular include the plural. Headings are for convenience only.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System at the Site, connect it to the Buyer's warehouse management system (WMS) and alarm SMS gateway, and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment within 45 days after signature and complete installation within 75 days after signature.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the ColdWatch software on the Buyer's own servers for the Site, without limit on the number of users or sensors connected under this Contract.
P:3.2 The Buyer may install the Software on a backup server and a test server at no extra charge and may connect additional sensors of the same types bought later from the Supplier.
H:4. Contract Price
P:4.1 The Contract Price is CNY 970,000, inclusive of VAT, delivery to Site, import duties and all costs of the Supplier, as set out in the Price Schedule below. Prices are fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 °C to +20 °C|420|680|285,600
TB:2|Humidity sensor|120|920|110,400
TB:3|Door status sensor|96|310|29,760
TB:4|LoRa gateway with 4G backup|18|6,400|115,200
TB:5|Ammonia leak detector with local alarm|24|5,800|139,200
TB:6|ColdWatch monitoring software, perpetual licence|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||848,160
TB:7|Installation, cabling and WMS interface|1|96,840|96,840
TB:8|Calibration certificates and training|1|25,000|25,000
TB:|Contract Price|||970,000
H:5. Payment
P:5.1 No advance payment is made.
P:5.2 The Buyer shall pay 65% of the Contract Price (CNY 630,500) within 30 days after the Installation Certificate, and 35% (CNY 339,500) within 30 days after the Final Acceptance Certificate.
P:5.3 The Installation Certificate confirms only that installation is complete; it is not acceptance of the System.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall calibrate each temperature and humidity sensor against a reference instrument traceable to national standards. Temperature readings shall deviate by no more than ±0.3 °C and humidity readings by no more than ±3 % RH.
P:6.2 The System shall then run for 30 consecutive days. Final Acceptance requires that during this run: (a) every sensor reports at the configured interval with no gap longer than ten minutes; (b) every alarm test (temperature limit, door open, ammonia) reaches the control room and the on-call SMS list within 60 seconds; (c) the WMS receives chamber temperature data without error; and (d) no Severity 1 fault occurs.
P:6.3 When these criteria are met the Buyer shall issue the Final Acceptance Certificate within ten working days. Delivery, installation, use of the System or any payment is not acceptance. If the System fails, the Supplier shall correct it and the 30-day run shall start again.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, including batteries, free of charge and provide software updates.
P:7.2 Faults are handled as follows. Severity 1 (monitoring or alarms lost for one or more chambers): response within 30 minutes by telephone or remote access, engineer on Site within eight hours, restoration within twelve hours. Severity 2 (a single sensor or detector fails): response within two hours, replacement within two working days. The Supplier shall keep spare sensors and a spare gateway at the Site.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, deducted from any amount due.
H:8. Support after Warranty
P:8.1 After the warranty period the Buyer may order annual support on the same terms as clause 7.2 and 7.3. The annual support fee is 7% of the Equipment and Licence Subtotal, being CNY 59,371.20 per year, and shall not be increased during the first three years after the warranty period.
P:8.2 Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:9. Delay
P:9.1 If the Supplier fails to complete installation by the date in clause 2.2, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:10. Data and Data Security
P:10.1 All temperature, humidity, door and alarm records and all other data generated by the System belong to the Buyer. The Software stores them on the Buyer's servers. The Supplier shall use them only to perform this Contract.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN. The Supplier shall not copy data outside the Buyer's network and shall comply with the applicable PRC laws on data security and personal information.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours, take remedial action and be liable for the losses caused to the Buyer by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the end of this Contract.
H:12. Intellectual Property
P:12.1 The alarm rules, dashboards and the WMS interface developed for the Buyer belong to the Buyer, who may modify them and have them maintained by third parties. The Supplier shall deliver their source code and configuration files at Final Acceptance.
P:12.2 The ColdWatch software remains the property of the Supplier and is licensed under clause 3.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under clause 9 exceeds 45 days.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15A. Supplier's Obligations on Site
P:15A.1 The Supplier's staff shall follow the Buyer's safety rules for cold-storage areas, wear the protective clothing provided, work in low-temperature chambers only in pairs and only during the time windows agreed with the warehouse manager, so that goods are not exposed to temperature deviations.
P:15A.2 The Supplier shall hold third-party liability insurance covering damage to the Buyer's property and stored goods during installation and warranty work, and shall provide a copy of the policy before work starts.
P:15A.3 The Supplier shall provide calibration certificates for every sensor, as-built drawings showing the position of each device, and operation and maintenance manuals in Chinese and English.
P:15A.4 Training shall cover daily operation, alarm handling, battery replacement, adding sensors and basic fault finding, for up to 20 of the Buyer's staff in at least two sessions at the Site.
H:15B. Force Majeure
P:15B.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. Time for performance is extended by the duration of the event.
H:16. General
P:16.1 This Contract is signed in two originals in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________     For the Supplier: ____________________
P:Name and title:                          Name and title:
P:Date:                                    Date:
"""

SRC["e04"] = """# MANAGED WI-FI SERVICE AGREEMENT

Agreement No. HW-MWS-2025-217

This Managed Wi-Fi Service Agreement is made between **HessenWave Networks GmbH**, Rheinstrasse 40, 64283 Darmstadt, Hesse, Germany ("Provider"), and **Xi'an Tangyun Hotel Management Co., Ltd.**, 88 Keji Road, Yanta District, Xi'an, Shaanxi, PRC ("Customer").

Customer operates 28 economy hotels in Shaanxi Province and wishes to obtain guest and staff Wi-Fi as a fully managed service. Provider designs, installs, owns, monitors and maintains the network and charges a monthly fee per hotel. All charges are in CNY at the Customer's request.

## 1. DEFINITIONS

"Hotels" means the 28 hotels listed in Schedule 1. "Service" means the managed Wi-Fi service described in clause 2. "Network Equipment" means the access points, switches, controllers and gateways installed by Provider, which remain Provider's property. "Hotel Acceptance" means acceptance of a Hotel under clause 5. "Customer Data" means guest authentication records, connection logs, usage statistics and network configurations relating to Customer.

## 2. THE SERVICE

2.1 Provider shall survey each Hotel, design the coverage, supply and install the Network Equipment, connect it to the Internet lines provided by Customer, and provide guest portal authentication with mobile-number verification as required by PRC regulations.

2.2 Provider shall monitor the network around the clock from its network operations centre, manage configurations and firmware, replace faulty Network Equipment and provide a help desk for hotel staff in Chinese.

2.3 Provider shall complete installation in all Hotels within 90 days after signature, in the order agreed in the rollout plan.

2.4 Provider shall keep the firmware of the Network Equipment up to date, replace access points that reach the end of their support life during the term at its own cost, and keep sufficient spare equipment in Xi'an to replace any faulty device within the restoration times in Schedule 2.

2.5 Provider shall name an account manager for Customer and hold a service review meeting with Customer's IT manager every quarter to discuss incidents, guest complaints, capacity and planned changes.

## 3. TERM AND RENEWAL

3.1 The Initial Term is 36 months from the date of Hotel Acceptance of the last Hotel.

3.2 After the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

3.3 Provider may increase the Monthly Service Charge for each renewal term by up to 6% by giving Customer written notice at least 30 days before the renewal term starts. The increased charge applies from the first day of the renewal term.

3.4 If Customer opens a new hotel in Shaanxi Province during the term, Provider shall add it to the Service at the Monthly Service Charge and the Setup Charge per Hotel in Schedule 1, and the added Hotel shall follow the term of this Agreement.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 1. The Monthly Service Charge is CNY 3,600 per Hotel, CNY 100,800 per month for 28 Hotels, and CNY 3,628,800 for the Initial Term. The one-time Setup Charge is CNY 168,000. The total charges for the Initial Term are CNY 3,796,800.

4.2 The Setup Charge is invoiced after Hotel Acceptance of the last Hotel. Monthly Service Charges are invoiced monthly in arrears from the Hotel Acceptance of each Hotel. Customer shall pay within 30 days after receipt of a correct invoice. No charge is payable in advance.

## 5. HOTEL ACCEPTANCE

5.1 After installation in a Hotel, Provider shall carry out acceptance tests together with the hotel manager. Hotel Acceptance requires that: (a) signal strength is at least -67 dBm in every guest room and public area measured under the test plan; (b) each access point supports 30 concurrent users with at least 20 Mbps per user; (c) portal authentication works for guests and staff; and (d) the network runs for seven days without a Priority 1 incident.

5.2 Customer shall sign the Hotel Acceptance certificate within five working days after successful tests. Installation or use of the network by guests is not acceptance.

5.3 If installation in any Hotel is not completed by the date in the rollout plan for reasons attributable to Provider, Provider shall pay Customer CNY 2,400 for each day of delay.

5.4 Provider shall hand over to each hotel manager a short guide for staff on restarting the guest portal, reporting incidents to the help desk and explaining the login procedure to guests.

## 6. SERVICE LEVELS

6.1 Provider shall meet the service levels in Schedule 2 and shall give service credits as set out in Schedule 3.

6.2 Provider shall send Customer a monthly service report showing availability, incidents and response times per Hotel.

## 7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service and shall not sell it or use it for any other purpose.

7.2 At the end of this Agreement Provider shall hand over the network configurations and the connection logs that Customer must keep under PRC law.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 The coverage designs, floor plans, configurations and portal pages prepared for Customer belong to Customer, who may use and modify them and provide them to any successor provider.

9.2 Provider's software and network management tools remain Provider's property.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. The limit does not apply to personal injury or wilful misconduct.

## 11. SUBCONTRACTING

11.1 Provider shall not subcontract the installation or maintenance work without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## 12. TERMINATION

12.1 Customer may terminate this Agreement for all or some Hotels by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if the availability of the Service falls below 99% in three consecutive months.

12.2 On termination Provider shall remove the Network Equipment at its own cost within 30 days.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.

## 14. CUSTOMER RESPONSIBILITIES

14.1 Customer shall provide Internet lines of the agreed bandwidth in each Hotel, electrical power and rack space for the Network Equipment, and access to the Hotels at agreed times for installation and repair.

14.2 Customer shall not move, open or modify the Network Equipment and shall inform Provider promptly of renovations that may affect coverage.

## 15. FORCE MAJEURE

15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. Time for performance is extended by the duration of the event.

## 16. GENERAL

16.1 Neither party may assign this Agreement without the written consent of the other party, except to a successor of its whole hotel business. Notices shall be given in writing to the addresses above. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

## SCHEDULE 1 — HOTELS AND CHARGES

| Item | Quantity | Unit charge (CNY) | Amount (CNY) |
|---|---|---|---|
| Monthly Service Charge | 28 Hotels | 3,600 per Hotel per month | 100,800 per month |
| Monthly Service Charges for the Initial Term | 36 months | 100,800 | 3,628,800 |
| Setup Charge (survey, design, installation) | 28 Hotels | 6,000 | 168,000 |
| Total charges for the Initial Term | | | 3,796,800 |

## SCHEDULE 2 — SERVICE LEVELS

| Measure | Level |
|---|---|
| Network availability per Hotel per month | at least 99.95% |
| Priority 1 incident (no Wi-Fi in a Hotel) | response within 30 minutes, restoration within six hours |
| Priority 2 incident (no Wi-Fi on one floor or in public areas) | response within one hour, restoration within ten hours |
| Priority 3 incident (single access point or single user) | response within eight hours, resolution within three working days |

## SCHEDULE 3 — SERVICE CREDITS

| Failure | Credit |
|---|---|
| Availability below 99.95% but at least 99.5% | 5% of the Hotel's Monthly Service Charge |
| Availability below 99.5% | 10% of the Hotel's Monthly Service Charge |
| Priority 1 restoration later than six hours | CNY 500 for each further hour |

Signed for HessenWave Networks GmbH: ____________________ Date:

Signed for Xi'an Tangyun Hotel Management Co., Ltd.: ____________________ Date:
"""

SRC["e05"] = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AGW-API-2025-0412

BETWEEN

AgroWetter Data GmbH, Kaiserstrasse 12, 76133 Karlsruhe, Baden-Wuerttemberg, Germany ("Provider")

AND

Shouguang Lvyuan Greenhouse Vegetables Co., Ltd., 21 Shengcai Street, Shouguang, Weifang, Shandong, PRC ("Customer")

BACKGROUND

Customer grows vegetables in 640 greenhouses in Shouguang and nearby counties and wishes to plan irrigation, ventilation and harvest using local weather forecasts and soil-moisture estimates. Provider supplies agricultural weather data through an application programming interface (the "API"). The parties agree as follows.

Clause 1. Subscription

1.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API with the keys issued to it and to use the data received ("Provider Data") for Customer's own farming operations.

1.2 The subscription plan is "AgroWetter Professional": hourly forecasts for 10 days, soil-moisture estimates, frost and heat alerts and historical weather data, for up to 64 field locations, with a quota of 3,000,000 API calls per Subscription Year.

1.3 Provider shall also build a Custom Field Layer for Customer: a mapping of Customer's 640 greenhouses to the 64 field locations, with greenhouse-specific alert thresholds, delivered as a configuration and a small adapter program that feeds the data into Customer's farm management system.

1.4 Provider shall give Customer online documentation of the API, sample code and access to a test environment during the Subscription Term, and shall train up to ten of Customer's staff in one online session on the use of the API and the Custom Field Layer.

1.5 The Custom Field Layer shall run on Customer's own servers. Provider shall install it together with Customer's IT staff and explain its configuration so that Customer can adjust greenhouse assignments and alert thresholds itself.

Clause 2. Subscription Term

2.1 The Subscription Term is two Subscription Years from the date on which Provider issues the production API keys. A Subscription Year is each period from that date, or from an anniversary of it, to the day before the next anniversary.

2.2 The subscription ends at the end of the Subscription Term. It may be extended only by a new order signed by both parties at fees agreed at that time.

Clause 3. Fees

3.1 All fees are in CNY at the Customer's request and include VAT.

3.2 The subscription fee is CNY 268,000 per Subscription Year, CNY 536,000 for the Subscription Term.

3.3 The one-time fee for the Custom Field Layer is CNY 48,000.

3.4 The total fees under this Agreement are CNY 584,000. API calls above the annual quota are charged at CNY 35 per 1,000 calls and are not part of the total fees.

3.5 The subscription fee is invoiced quarterly in arrears. The fee for the Custom Field Layer is invoiced after its acceptance under Clause 5. Customer shall pay within 30 days after receipt of a correct invoice.

3.6 If Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall settle the disputed part within 30 days. Provider shall issue valid Chinese VAT invoices through its appointed agent in the PRC.

3.7 Customer may increase the number of field locations during the Subscription Term at a price agreed in writing, pro rata for the remaining part of the Subscription Year.

Clause 4. Service

4.1 Provider will use commercially reasonable efforts to keep the API available and to update forecasts regularly. Provider may carry out maintenance at any time and will try to announce it on its status page.

4.2 Customer may send support requests by e-mail. Provider will answer them as soon as reasonably possible during German business hours.

4.3 Provider may change the format of the API with 60 days' notice, provided that the data fields listed in Annex 1 remain available.

Clause 5. Acceptance of the Custom Field Layer

5.1 Provider shall deliver the Custom Field Layer within 45 days after signature.

5.2 The Custom Field Layer is accepted when: (a) all 640 greenhouses are mapped to a field location and checked by Customer's agronomists; (b) alerts are generated for test conditions in each of the 64 field locations; and (c) Customer's farm management system receives the forecast and soil-moisture data for all locations for ten consecutive days without error. Customer shall confirm acceptance in writing within five working days after successful tests. Use of the data before then is not acceptance.

5.3 If the Custom Field Layer fails a test, Provider shall correct it and repeat the test. The adapter program shall be delivered with its source code, an installation guide and a description of its configuration file.

Clause 6. Customer Data and Data Security

6.1 "Customer Data" means the greenhouse locations, crop plans, irrigation records and any other information Customer sends through the API or to Provider. Customer Data belongs to Customer. Provider shall use it only to provide the API and the Custom Field Layer to Customer, and not for any other purpose.

6.2 Provider shall keep Customer Data on servers in the PRC operated for it by a licensed data centre, encrypt it in transit and at rest, limit access to named staff, keep access logs and comply with the Data Security Law and the Personal Information Protection Law of the PRC.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take all necessary remedial steps, and be liable for the losses caused to Customer by any incident attributable to Provider.

6.4 At the end of the Subscription Term Provider shall delete all Customer Data and confirm the deletion in writing.

6.5 Provider shall give Customer, on request and not more than once in each Subscription Year, a written summary of the security measures applied to Customer Data and the results of its latest security assessment.

Clause 7. Intellectual Property

7.1 Provider Data and the API remain the property of Provider and its data sources. Customer may keep and use Provider Data received during the Subscription Term for its own operations after the term ends.

7.2 The Custom Field Layer, including the adapter program and its source code, belongs to Customer. Customer may use, modify and license it to others freely.

Clause 8. Confidentiality

8.1 Each party shall keep confidential all non-public business and technical information of the other party received under this Agreement and shall not disclose it without prior written consent, for three years after the end of this Agreement.

8.2 Neither party may use the other party's name or logo in publicity without its prior written consent.

Clause 9. Subcontracting

9.1 Provider shall not subcontract the development of the Custom Field Layer or the support for Customer without Customer's prior written consent. The data centre named in Annex 2 is approved by signature of this Agreement.

Clause 10. Liability

10.1 Neither party is liable for indirect or consequential loss. Provider does not warrant that forecasts will be accurate, and Customer remains responsible for its farming decisions.

Clause 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after notice.

11.2 On termination by Customer for Provider's breach, Provider shall refund the fees paid for any period after termination.

Clause 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

Clause 12A. Customer Obligations

12A.1 Customer shall keep its API keys secure, use the API only through its own systems and not resell or publish Provider Data.

12A.2 Customer shall give Provider the greenhouse coordinates, crop calendars and farm management system interface description needed for the Custom Field Layer within ten days after signature.

12A.3 Customer shall name a technical contact for the API and inform Provider of any change of its systems that may affect the Custom Field Layer.

Clause 12B. Force Majeure

12B.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. Time for performance is extended by the duration of the event.

Clause 12C. Notices and Assignment

12C.1 Notices shall be given in writing by courier or e-mail to the addresses and contacts stated in Annex 2. Neither party may assign this Agreement without the written consent of the other party.

Clause 13. General

13.1 Annex 1 (Data Fields) and Annex 2 (Data Centre) form part of this Agreement.

13.2 Amendments must be in writing and signed by both parties.

Signed for AgroWetter Data GmbH: ____________________ Date:

Signed for Shouguang Lvyuan Greenhouse Vegetables Co., Ltd.: ____________________ Date:
"""

FILES = {
    "z01": ("h550z01_civil_affairs_elderly_care_supervision_platform.pdf", "zh", "software"),
    "z02": ("h550z02_wire_rope_drawing_machine_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h550z03_pharmacy_chain_prescription_member_saas.txt", "zh", "cloud"),
    "z04": ("h550z04_city_gas_scada_annual_maintenance.txt", "zh", "services"),
    "z05": ("h550z05_sesame_paste_recipe_software_supplier_template.md", "zh", "software"),
    "e01": ("h550e01_bavarian_nesting_software_perpetual_licence.pdf", "en", "software"),
    "e02": ("h550e02_saxon_workforce_scheduling_saas_order_form.md", "en", "cloud"),
    "e03": ("h550e03_hamburg_cold_store_sensors_supply.docx", "en", "hardware"),
    "e04": ("h550e04_hessian_managed_hotel_wifi_service.md", "en", "services"),
    "e05": ("h550e05_baden_wuerttemberg_weather_data_api.txt", "en", "cloud"),
}
G, S = "goods_or_licence", "service"
# key: terms (availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind)
T = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G),
    "z02": (None, 0.5, True, "buyer", True, True, True, 0.06, None, 10, True, True, 18, 26, False, True, False, "PRC", G),
    "z03": (99.5, 0.25, True, "buyer", True, False, True, 1200 / 1788000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S),
    "z04": (99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, False, False, "PRC", S),
    "z05": (None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None, False, True, True, None, G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False, "Germany", G),
    "e02": (99.95, 0.5, True, "buyer", True, True, False, 900 / 1360400 * 100, 200, None, True, None, None, None, False, True, True, "PRC", S),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 7, False, True, False, "PRC", G),
    "e04": (99.95, 0.5, True, "buyer", False, True, True, 2400 / 3796800 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
    "e05": (None, None, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False, "PRC", S),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1564000), "z02": (True, True, True, False, 2370000),
    "z03": (True, True, None, False, 1788000), "z04": (True, True, None, False, 630000),
    "z05": (True, True, False, True, 720000), "e01": (True, True, True, False, 980000),
    "e02": (True, True, None, False, 1360400), "e03": (True, True, True, False, 970000),
    "e04": (True, True, None, False, 3796800), "e05": (False, False, None, False, 584000),
}
# TCO inputs for goods drafts (fee base = itemised licence / hardware subtotal), forum outside mainland China
TCO = {"z01": 680000, "z02": 2180000, "z05": 360000, "e01": 568000, "e03": 848160}
FORUM_OUTSIDE = {"e01"}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata)."""
    fee = t["post_warranty_fee_pct"]
    if fee is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = TCO[key] * fee / 100 * years
    return post / (x["contract_value"] + post) * 100


def rules_from_labels(key, t, x):
    """My own reading of policy.md section 3 (not project code)."""
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
        if not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
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
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def labels():
    out = {}
    for key, (name, lang, cat) in FILES.items():
        t = dict(zip(TERM_KEYS, T[key]))
        sla, lds, capped, deemed, value = X[key]
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules = rules_from_labels(key, t, x)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        out[key] = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                    "expected_rules": rules}
    fired = set().union(*(set(v["expected_rules"]) for v in out.values()))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    return out


# ---------------------------------------------------------------- thresholds
CN = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十\d])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + CN + r"\d])",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:百|一百)(?![" + CN + r"])", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + CN + r"])", r"三成", r"thirty\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![十\d])十二个月", r"twelve[\s-]*months?", r"(?<![第每])一年",
    r"(?<![a-z])one[\s-]*years?\b", r"(?<![\d.])1\s*(?:years?\b|年)",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![" + CN + r"])", r"fifteen\s+per\s*cent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + CN + r"])", r"四成", r"forty\s+per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![十\d])五年", r"\bfive[\s-]*years?\b", r"(?<![\d.])60\s*(?:months?|个月)",
    r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["4小时", "四小时", "4 hours", "four hours", "240分钟", "99.9%", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成",
            "5年", "五年", "five years", "60 months", "100 per cent", "4-hour", "12 months"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours",
             "14 hours", "0.5%", "130%", "140%", "每年", "第一条", "3,000,000", "Subscription Year", "20%", "50%",
             "0.06%", "36 months", "18 months", "十八个月", "三十六个月", "2 hours", "1,564,000"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(name, text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found += hits(variant)
    assert not found, (name, found)


# ---------------------------------------------------------------- read back and lengths
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


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.dont_write_bytecode = True
    selftest()
    labs = labels()
    for key, src in SRC.items():
        scan(key + " source", src)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in FILES if FILES[k][0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for key, (name, lang, _) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(labs[key], ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
    bad = []
    for key, (name, lang, _) in FILES.items():
        text = read_back(OUT / name)
        scan(name, text)
        n = measure(lang, text)
        lo, hi = RANGES[lang]
        nows = len(re.sub(r"\s", "", text))
        share = tco_share(key, labs[key]["expected_terms"], labs[key]["expected_extra"]) if key in TCO else None
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'} (non-space {nows}); rules {labs[key]['expected_rules']};"
              f" risk {risk(labs[key]['expected_rules'])}; tco share {share}")
        if not lo <= n <= hi:
            bad.append((name, n))
    assert not bad, bad
