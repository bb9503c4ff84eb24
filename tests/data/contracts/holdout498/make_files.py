"""holdout498: ten blind, ordinary draft contracts (five Chinese, five English) with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md drafts directly and the .docx/.pdf drafts through ../word_pdf.py (wrap_words=True), then reads
every built file back, checks its length, scans it (and every source) for threshold figures, derives the expected
rules from the labels by this script's own reading of policy.md section 3, and writes the .json labels.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

H498Z01 = """
T:南屿市信访局信访信息平台建设项目政府采购合同
P:合同编号：NYXF-2025-ZC-017　　采购方式：公开招标
P:甲方（采购人）：南屿市信访局，地址：南屿市滨江路88号
P:乙方（供应商）：闽海智政软件股份有限公司，地址：福州市鼓楼区软件大道19号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供信访信息平台软件（含网上信访、来信来访登记、事项交转办、督查督办、满意度评价、统计分析等模块）的永久使用许可，许可范围为甲方及所属县（区）信访部门，用户数不限。
P:1.2 乙方按甲方需求定制开发领导信箱、信访事项智能分拨、与市政务服务平台及12345热线的数据接口，并完成历史信访数据迁移、系统部署实施和用户培训。
P:1.3 系统部署在甲方指定的政务云，应满足网络安全等级保护第三级和商用密码应用安全性评估的要求。
H:第二条 合同价款
P:本合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税，包括软件许可、定制开发、数据迁移、实施、培训及质保期内全部服务费用。除本合同另有约定外，甲方无需另行支付任何费用。分项如下：
TB:序号|项目|金额（元）
TB:1|信访信息平台软件永久许可|860,000
TB:2|定制开发（领导信箱、智能分拨、数据接口）|620,000
TB:3|历史数据迁移（约46万件）|138,000
TB:4|部署实施|96,000
TB:5|用户培训（不少于200人次）|26,000
TB:合计||1,740,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款，即348,000元。
P:3.2 系统通过初步验收后10个工作日内，甲方支付合同总价的45%，即783,000元。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%，即609,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成部署并提交初步验收申请；初步验收后系统试运行60日，试运行期满后20日内由甲方组织最终验收。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须具备同类项目经验并常驻甲方现场，未经甲方同意不得更换。乙方应每周向甲方提交项目周报，说明进度、问题及风险。
P:4.3 乙方应对甲方系统管理员、各县（区）信访部门业务人员分批开展培训，并提供操作手册、运维手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块按招标文件技术规格逐项测试通过；数据接口与市政务服务平台、12345热线联调成功；历史数据迁移后逐件比对，件数与关键字段一致。
P:5.2 最终验收标准：试运行期间未发生一级故障；在500个并发用户下页面平均响应时间不超过2秒；取得第三方测评机构出具的等级保护测评报告及软件安全测试报告。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以双方签署的验收报告为准，验收报告应列明遗留问题及整改期限。系统上线试运行或甲方使用系统，均不视为验收合格。
H:第六条 质保及售后服务
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的8%，即每个服务年度不超过68,800元，三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（系统整体不可用或信访事项无法登记、交办）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:7.3 乙方未达到上述服务水平的，一级故障响应或恢复每超时1小时扣减应付款1,000元；月度可用率每低于承诺值0.01个百分点扣减2,000元。
H:第八条 知识产权
P:8.1 平台软件原有的著作权归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 为本项目定制开发的程序、数据接口、源代码及技术文档，其知识产权归甲方所有，甲方可自行或委托他人使用、修改。乙方应在最终验收时交付完整源代码。未经甲方书面同意，乙方不得将上述成果提供给第三方。
H:第九条 数据安全
P:9.1 信访数据及系统中产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、操作审计、加密传输和存储等措施，定期开展安全检查和应急演练；运维须经堡垒机进行，不得将数据复制到甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对在履行合同中知悉的信访人个人信息、信访内容及甲方工作秘密负有保密义务，不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过60日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方交付的软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，给甲方造成损失的，乙方应予赔偿。
H:第十二条 转包与分包
P:乙方不得转包本项目，也不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并要求乙方承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 廉洁与送达
P:15.1 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排宴请和娱乐活动。乙方违反本条的，甲方有权解除合同，并向有关部门报告。
P:15.2 双方在本合同首页列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方可协商延期履行或解除合同。
H:第十七条 其他
P:本合同未尽事宜，按政府采购有关规定执行。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南屿市信访局　　　乙方（盖章）：闽海智政软件股份有限公司
P:签订日期：2025年6月18日
"""

H498Z02 = """
T:卷管机控制系统改造及维保合同
P:合同编号：HX-ZG-2025-036
P:甲方：衡溪纸管制品有限公司（浙江省衡溪县工业园区纬三路6号）
P:乙方：杭州科迈自动化技术有限公司（杭州市余杭区良渚街道工业路58号）
P:甲方现有4条螺旋卷管生产线（卷管机4台，配套切管机4台），控制系统老化，故障频繁。经询价比选，甲方委托乙方对上述设备的控制系统进行改造并提供维保服务。双方订立本合同如下。
H:一、改造内容
P:（一）更换4台卷管机及4台切管机的PLC控制柜、伺服驱动器和人机界面（HMI），加装张力闭环控制与涂胶量检测装置。
P:（二）提供卷管生产控制软件（含配方管理、定长切断、产量统计、故障报警）永久使用许可4套，并部署车间数据采集看板1套。
P:（三）完成拆旧、安装、接线、调试和操作人员培训，改造期间每条线停机不超过7日。
P:（四）改造后的控制系统应保留与甲方现有MES系统的数据接口，能够实时上传产量、停机原因和能耗数据。
H:二、合同价格
P:合同总价为人民币壹佰贰拾壹万元整（¥1,210,000），含税及运输、安装、调试、培训费用。分项见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块）|8套|42,000|336,000
TB:2|伺服驱动器及电机|16套|14,500|232,000
TB:3|HMI触摸屏|8台|6,800|54,400
TB:4|张力闭环控制及涂胶检测装置|4套|38,900|155,600
TB:5|卷管生产控制软件永久许可|4套|52,000|208,000
TB:6|车间数据采集看板（软件及大屏）|1套|40,000|40,000
TB:|设备及软件小计|||1,026,000
TB:7|拆旧、安装及接线|1项|148,000|148,000
TB:8|调试及培训|1项|36,000|36,000
TB:|合计|||1,210,000
H:三、付款方式
P:（一）合同签订后7日内，甲方支付合同总价的20%，即242,000元，作为预付款。
P:（二）设备到货并安装完成后10日内，甲方支付合同总价的55%，即665,500元。安装完成不视为验收。
P:（三）全部生产线通过最终验收后10日内，甲方支付合同总价的25%，即302,500元。
H:四、工期
P:（一）乙方应在合同签订后45日内完成设备到货，到货后60日内完成4条生产线的改造和调试。
P:（二）具体停机计划由双方按甲方生产排程确定，乙方应在拆旧前做好原有程序和参数的备份。
P:（三）乙方施工人员应遵守甲方厂区安全管理制度，动火、登高及带电作业须事先办理审批手续。施工期间发生的人身及财产安全事故，由乙方负责，但因甲方原因造成的除外。
P:（四）甲方应按时提供施工场地、电源和停机窗口，并指派设备主管全程配合。因甲方原因延误的，工期相应顺延。
H:五、验收
P:（一）每条生产线改造完成后连续试生产72小时，甲方按以下标准验收：卷管速度达到每分钟25米以上；定长切断误差不超过±1毫米；废品率不高于0.8%；各类报警及急停功能测试有效。
P:（二）4条线均通过单线验收后，双方进行最终验收并签署验收报告。甲方开始试生产或使用设备，不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
P:（四）验收所需的原纸、纸芯及操作人员由甲方提供，检测仪器由乙方提供。
H:六、质保与维保
P:（一）设备和软件的免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件和升级软件。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的9%，即每个服务年度92,340元，三个服务年度内价格不变。维保服务每个服务年度由甲方书面确认后续签，不自动续期。
P:（三）维保范围：每季度一次现场巡检、易损件更换、软件缺陷修复及远程技术支持。
P:（四）乙方应在甲方现场存放常用备件一套（含伺服驱动器、I/O模块及触摸屏各一件），备件在质保期内免费补充。
P:（五）乙方每次巡检及维修后应提交服务记录，列明故障原因、处理过程和更换部件，经甲方设备主管签字确认。
H:七、服务响应
P:（一）故障分级：一级故障指整条生产线停机；二级故障指部分功能失效但可降速生产；三级故障指其他问题。
P:（二）一级故障，乙方在8小时内响应并安排工程师到场；二级故障在24小时内响应；三级故障在3个工作日内处理。
P:（三）乙方未按时响应的，每超时1小时向甲方支付500元。
H:八、知识产权
P:（一）卷管生产控制软件的著作权归乙方所有，甲方取得永久使用许可。
P:（二）为甲方定制的PLC程序、工艺配方、看板页面及接口程序的知识产权归甲方所有，乙方应在最终验收时交付源程序和电气图纸。
H:九、数据与网络安全
P:（一）生产数据、配方参数及设备运行数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或提供给第三方。
P:（二）乙方远程维护须经甲方审批并在甲方监控下进行，维护完毕立即断开连接；乙方不得在设备或软件中留存后门。
P:（三）因乙方原因造成数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:（四）合同终止或维保结束后，乙方应删除其持有的甲方生产数据及远程访问账号，并书面确认。
H:十、保密
P:双方对履行本合同中知悉的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。
H:十一、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备质量不符合约定的，乙方应负责修理、更换，并赔偿甲方的直接损失。
P:（四）乙方提供的设备和软件侵犯第三方权利的，由乙方负责处理并承担全部责任。
H:十二、分包
P:乙方不得将本合同项下的主要工作分包。电气接线等辅助工作确需分包的，须事先取得甲方书面同意。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方可以解除本合同并要求乙方赔偿损失。合同解除后，乙方应配合恢复生产线的正常运行。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、廉洁与送达
P:（一）乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排宴请和娱乐活动。乙方违反本条的，甲方有权解除合同，并向有关部门报告。
P:（二）双方在本合同首页列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。
P:（三）乙方项目负责人：王振宇，电话：0571-8861＿＿＿＿；甲方设备主管：陈立群，电话：0572-3318＿＿＿＿。
H:十六、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:十七、其他
P:本合同附件包括设备清单、改造技术方案和验收记录表。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：衡溪纸管制品有限公司　　代表：＿＿＿＿＿＿
P:乙方（盖章）：杭州科迈自动化技术有限公司　　代表：＿＿＿＿＿＿
P:签订日期：2025年7月3日
"""

H498Z03 = """少儿编程教学管理SaaS服务及实施合同

合同编号：QM-SaaS-2025-0912

甲方：成都启码少儿编程教育科技有限公司（下辖10个校区）
地址：成都市武侯区天府大道北段966号
乙方：深圳课栈云科技有限公司
地址：深圳市南山区粤海街道科技园路12号

鉴于甲方在成都市开设10个少儿编程校区，需要统一的排课、会员及课消管理系统；乙方运营"课栈云"教培管理SaaS平台。双方经协商，就乙方向甲方提供SaaS服务及实施服务订立本合同。

1. 服务内容
1.1 乙方通过"课栈云"平台向甲方10个校区提供排课、会员管理、课时包与课消统计、家长端小程序、在线缴费与财务对账等SaaS服务。
1.2 每个校区开通管理端账号不超过20个，教师端账号不限，家长端小程序不限用户数。账号开通后由甲方自行分配权限。
1.3 实施服务包括：历史学员及课时余额数据迁移（约1.8万名学员）、排课规则和课程产品配置、与甲方用友财务系统的对账接口、各校区管理员及教师培训。
1.4 服务期内乙方免费提供平台的功能升级和安全补丁，并为甲方指定一名客户成功经理，负责日常需求对接、使用培训和季度服务回顾。
1.5 甲方新开校区的，可按本合同单价增加开通，费用按剩余服务期折算。

2. 服务期限
2.1 服务期为两个服务年度，自2025年9月1日起至2027年8月31日止。
2.2 服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场行情和产品升级情况调整服务费标准，调整后的价格以乙方书面通知为准，甲方不同意调整的，应在续期前提出不续约。

3. 服务费用
合同总价为人民币陆拾万元整（¥600,000），含税，明细如下：
项目 | 计费方式 | 金额（元）
SaaS服务费 | 10个校区 × 26,800元/服务年度 × 2个服务年度 | 536,000
实施费 | 一次性 | 64,000
合计 |  | 600,000
服务费已包含平台升级、短信通知（每校区每月不超过2,000条）及客服支持费用。

4. 付款方式
4.1 本合同不设预付款。
4.2 实施费在上线验收合格后10个工作日内一次性支付。
4.3 SaaS服务费按季度支付，每季度结束后10个工作日内支付该季度服务费67,000元。
4.4 乙方应在付款前开具增值税专用发票。
4.5 甲方新增校区的服务费，自该校区开通之月起按季度与原有服务费一并结算。

5. 实施与验收
5.1 乙方应在合同签订后40日内完成数据迁移和配置，并确保平台于2025年9月1日前正式上线。
5.2 上线验收标准：迁移后学员信息、课时余额、合同金额与原系统逐条核对一致；10个校区的排课、签到、课消、请假、退费流程全部测试通过；家长端小程序缴费记录与财务对账接口数据一致；200个并发用户下主要页面响应时间不超过2秒。
5.3 验收以甲方签署的上线验收单为准，甲方试用或各校区开始使用平台，不视为验收合格。
5.4 上线后首月乙方安排实施顾问驻场两周，协助各校区完成首轮排课和续费。实施完成后，乙方应向甲方移交系统配置说明、账号清单和操作手册。

6. 服务水平
6.1 平台月度可用率不低于99.5%，计划维护应安排在每日22:00至次日7:00之间并提前2日通知。
6.2 一级故障（平台无法登录、无法排课或无法缴费）乙方应在1小时内响应，6小时内恢复；二级故障2小时内响应，1个工作日内解决。
6.3 乙方提供7×24小时在线客服及工作日电话支持，每月向甲方提交服务报告，列明可用率、故障及处理情况。
6.4 服务赔偿：月度可用率每低于承诺值0.1个百分点，减免当月服务费的2%，当月累计减免不超过当月服务费的20%；一级故障响应超时，每次减免500元。

7. 数据归属与数据安全
7.1 学员及家长个人信息、课时、缴费及教学数据（"甲方数据"）归甲方所有。
7.2 乙方有权在去除个人身份信息后，将甲方数据汇总用于产品改进、行业分析报告及为其他客户提供经营对标服务，该项权利在本合同终止后继续有效。
7.3 乙方应按照《个人信息保护法》及未成年人个人信息保护的要求处理甲方数据：数据存储于中国境内，加密存储和传输，按岗位分权限访问，操作日志保留不少于6个月，每个服务年度完成一次等级保护测评。
7.4 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
7.5 合同终止后30日内，乙方应按甲方要求导出并返还全部甲方数据，随后删除平台上的甲方数据。

8. 保密
双方对因履行本合同知悉的对方商业信息、学员信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本合同签订之日起至合同终止后三年。

9. 知识产权
9.1 "课栈云"平台的知识产权归乙方所有。
9.2 为甲方定制的排课规则、报表模板、课程产品配置及对账接口程序，其知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

10. 违约责任
10.1 乙方未按期上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
10.3 任何一方违约给对方造成损失的，应赔偿对方的实际损失。
10.4 乙方因自身原因暂停服务的，应提前通知甲方，并按暂停天数减免服务费。
10.5 因乙方原因导致学员课时、缴费记录错误的，乙方应在2个工作日内核实纠正，并承担甲方因此向学员退费或补偿的费用。

11. 分包
除平台托管所用的境内云服务器租赁外，乙方不得将本合同项下的任何服务分包给第三方；确需分包的，须事先取得甲方书面同意。

12. 合同解除
12.1 任何一方严重违约，经对方书面催告后10日内仍未纠正的，守约方有权解除本合同。
12.2 平台连续两个月可用率低于承诺值的，甲方有权解除本合同，乙方应退还甲方已支付但尚未提供服务期间的费用（如有）。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

14. 廉洁与通知
14.1 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排宴请和娱乐活动。乙方违反本条的，甲方有权解除合同，并向有关部门报告。
14.2 双方在本合同首页列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。

15. 不可抗力
因不可抗力导致平台中断的，乙方应及时通知甲方并尽快恢复服务；不可抗力持续超过20日的，甲方可以解除本合同。

16. 其他
本合同附件包括功能清单、实施计划和服务水平说明。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都启码少儿编程教育科技有限公司　　授权代表：＿＿＿＿
乙方（盖章）：深圳课栈云科技有限公司　　授权代表：＿＿＿＿
签订日期：2025年7月21日
"""

H498Z04 = """西山植物园智慧导览系统年度运维服务合同

项目编号：XSZWY-CS-2025-04　　采购方式：竞争性磋商

甲方：榕城市西山植物园
地址：榕城市西山路1号
乙方：榕城绿迹数字科技有限公司
地址：榕城市高新区创业路27号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就西山植物园智慧导览系统运维服务事项，经协商一致，订立本合同。

（1）服务内容
① 导览APP、微信小程序及后台管理系统的日常运维、缺陷修复和版本适配。
② 园区导览屏22块、蓝牙信标460个、语音讲解机200台的巡检、维修和电池更换。导览屏每月巡检一次，信标每季度抽检不少于四分之一，讲解机每日归还后检查充电。
③ 植物解说内容更新：全年新增或改写300条植物图文解说及配套语音。
④ 派驻1名运维人员驻园工作，节假日及花展期间按甲方要求增派人员。
⑤ 每月提交运维月报，内容包括系统运行情况、故障处理、设备巡检、内容更新进度和游客使用统计。
⑥ 配合甲方完成导览系统的网络安全检查和等级保护测评整改。
⑦ 每年花展开幕前，对导览内容及园区导览地图进行专项更新。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满后新的运维单位尚未到位的，乙方应按本合同标准继续提供服务，最长不超过60日，费用按日折算。

（3）服务费用
本合同总价为人民币肆拾伍万肆仟元整（¥454,000），含税，分项如下：
序号 | 服务项目 | 金额（元）
1 | 导览APP及小程序运维 | 168,000
2 | 导览屏、信标及讲解机巡检维修 | 96,000
3 | 植物解说内容更新（300条图文及语音） | 72,000
4 | 驻场运维人员（1名） | 118,000
合计 |  | 454,000

（4）付款方式
服务费按季度支付。每季度考核合格后10个工作日内，甲方支付该季度服务费113,500元；考核扣减的金额从当季服务费中扣除。本合同不设预付款。

（5）服务启动与交接
乙方应于2025年7月1日前完成与原运维单位的交接，交接完成的标准为：全部系统账号、源代码和设备台账清点无误，导览屏、信标及讲解机逐一检测并形成台账，交接报告经甲方签字确认。交接期间发生的故障，由原运维单位与乙方共同处理。

（6）人员要求
① 驻场运维人员应具备两年以上同类系统运维经验，工作时间与植物园开园时间一致，每周休息按甲方排班执行。
② 乙方更换驻场人员须提前10日书面告知甲方并经甲方同意，新人员到岗前应完成交接。
③ 乙方人员应遵守植物园管理规定，爱护园内植物和设施，因乙方人员过错造成设施损坏的，由乙方照价赔偿。
④ 乙方应为驻场人员依法缴纳社会保险，并承担其劳动报酬及安全责任。

（7）服务水平
① 一级故障（APP或小程序无法访问，或入园高峰时段导览屏半数以上黑屏）：乙方30分钟内响应，2小时内恢复。
② 二级故障（单块导览屏、部分信标或讲解机故障）：2小时内响应，1个工作日内修复。
③ 三级故障（内容错误、显示异常等）：3个工作日内处理完毕。
④ 春节、国庆及年度花展期间，乙方应安排专人每日开园前完成设备巡检。

（8）服务考核与扣减
① 甲方每季度按磋商文件所附考核表对乙方评分。
② 一级故障响应或恢复超时的，每次扣减服务费1,000元。
③ 季度考核得分低于80分的，扣减当季服务费的5%；低于70分的，扣减当季服务费的10%。
④ 考核内容包括故障响应与处理时效、巡检完成率、内容更新进度、驻场人员出勤及游客投诉处理情况，考核结果由双方签字确认。
⑤ 乙方应建立故障工单系统，甲方可实时查看工单状态。

（9）验收
每季度考核合格视为当季服务验收合格。服务期满前，甲方组织年度终验，标准为：300条解说内容全部上线并经甲方审核；巡检及维修记录齐全；全年故障工单全部闭环；游客满意度抽样调查不低于90分。终验合格后双方签署验收报告。年度终验不合格的，乙方应在30日内整改并重新验收。

（10）数据安全
① 游客访问记录、讲解机借还记录等运行数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
② 乙方应落实账号分级管理、访问日志留存、数据加密备份等安全措施，不得擅自复制或对外提供数据。
③ 发生数据泄露、丢失或系统被入侵的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
④ 乙方运维人员使用的系统账号应专人专用，人员离岗时及时注销。

（11）甲方义务
① 甲方应为驻场人员提供办公场所、网络接入和必要的工作条件。
② 甲方应指定专人负责运维工作的对接、审核内容更新稿件和组织季度考核。
③ 甲方对植物解说内容的科学性进行审核，审核意见应在收到稿件后5个工作日内反馈。

（12）设备备件
① 乙方应常备导览屏主板、电源模块、蓝牙信标及讲解机电池等备件，备件费用已包含在服务费中。
② 单件备件价格超过2,000元的，乙方更换前应报甲方确认，更换下的旧件交甲方处置。
③ 因游客人为损坏导致的设备更换，由乙方先行修复，费用由双方另行结算。

（13）保密
乙方对履行本合同中知悉的甲方内部资料、游客信息及系统账号密码负有保密义务，合同终止后仍须遵守。乙方应要求驻场人员签署保密承诺书。

（14）知识产权
本合同期间更新的植物解说词、图片、音频、视频及运维文档，其著作权归甲方所有，甲方可自由使用和修改。乙方不得将上述内容用于其他景区或商业用途。

（15）违约责任
乙方逾期完成交接或逾期完成季度内容更新计划的，每逾期一日按合同总价的千分之一向甲方支付违约金。

（16）责任限额
乙方在本合同项下的累计赔偿责任，以责任事件发生前六个月内甲方已支付的服务费为限，但乙方故意或重大过失造成的损失除外。

（17）合同的变更与解除
本合同为年度服务合同，合同期内任何一方不得单方解除合同。乙方服务不达标的，甲方按第（8）条扣减服务费并督促整改。合同的变更或解除须经双方协商一致并签订书面协议。

（18）分包
乙方不得将本合同项下的服务转包或分包给第三方。

（19）争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交榕城仲裁委员会仲裁。

（20）廉洁与送达
① 乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排宴请和娱乐活动。乙方违反本条的，甲方有权解除合同，并向有关部门报告。
② 双方在本合同首页列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。

（21）不可抗力
因台风、暴雨等不可抗力导致设备损坏或服务中断的，乙方应在条件允许后尽快恢复服务，不承担违约责任，但应及时通知甲方并提供相关证明。

（22）其他
本合同未尽事宜，按政府采购有关规定执行。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（盖章）：榕城市西山植物园　　代表：＿＿＿＿
乙方（盖章）：榕城绿迹数字科技有限公司　　代表：＿＿＿＿
签订日期：2025年6月20日
"""

H498Z05 = """# 麻香源生产及追溯管理系统软件许可与定制开发合同

（乙方标准合同文本 V3.2）

**甲方：** 汉源县麻香源花椒油有限公司
**乙方：** 成都椒链信息技术有限公司

甲方因花椒油生产管理及产品质量追溯需要，向乙方采购"椒链"生产及追溯管理系统软件许可及定制开发服务。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1. 生产管理系统：原料入库、花椒分级、油脂熬制及压榨工艺记录、灌装、批次和库存管理，永久许可，50个用户。
2. 质量追溯系统：批次检验记录、一物一码追溯、消费者扫码查询，永久许可。
3. 定制开发：一物一码赋码程序及扫码查询小程序、与甲方金蝶ERP的接口、花椒原料产地档案模块。
4. 安装部署、基础数据初始化及操作培训。培训对象为甲方生产、质检、仓储及信息部门人员，培训不少于3次。
5. 系统运行所需的服务器、操作系统、数据库、网络设备、赋码打印机及扫码枪由甲方自行采购，不在本合同范围内。
6. 乙方提供的软件版本为合同签订时的最新正式版本，定制开发以双方确认的功能说明书为依据。
7. 追溯查询页面显示的企业信息、产品信息及检验报告由甲方提供，并由甲方负责其真实性。

## 第二条 合同价款

合同总价为人民币柒拾捌万元整（¥780,000），含税。合同价款不含甲方自购硬件及第三方软件费用。

|序号|项目|金额（元）|
|---|---|---|
|1|生产管理系统软件许可（永久，50用户）|380,000|
|2|质量追溯系统软件许可（永久）|220,000|
||软件许可小计|600,000|
|3|定制开发（赋码及扫码小程序、ERP接口、原料档案）|140,000|
|4|实施及培训|40,000|
||合计|780,000|

## 第三条 许可范围

1. 甲方可在其位于汉源县的生产厂区内安装使用本软件，许可用户数为50个；增加用户的，按每用户3,800元另行购买。
2. 软件许可不可转让，甲方不得将软件出租、出借或用于为第三方提供服务。
3. 甲方合并、分立或变更名称的，许可由承继主体享有，但应书面通知乙方。

## 第四条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的50%，即390,000元，乙方收到该款项后开始实施。
2. 系统上线后5个工作日内，甲方支付合同总价的45%，即351,000元。
3. 系统上线满90日后5个工作日内，甲方支付合同总价的5%，即39,000元。

## 第五条 交付与上线

乙方在收到首笔款项后90日内完成软件安装部署、定制功能开发及上线。因甲方未及时提供场地、服务器、基础数据或人员配合造成的延误，上线日期相应顺延。乙方应在上线前提交上线方案，明确上线时间、数据初始化范围和切换步骤，经甲方确认后执行。实施期间乙方应每周向甲方通报实施进度。

## 第六条 双方义务

1. 甲方应指定项目负责人，及时提供生产工艺流程、产品编码规则、原料供应商及产地资料等基础数据，并保证其真实、准确。
2. 甲方应按乙方要求准备服务器及网络环境，并为乙方实施人员提供必要的工作条件和远程访问权限。
3. 乙方应按本合同约定完成软件部署和定制开发，并向甲方提供用户手册和管理员手册各一份。
4. 乙方实施人员在甲方厂区工作时，应遵守甲方的食品安全及安全生产管理制度。
5. 甲方提出的需求变更超出本合同第一条范围的，双方另行协商工作量及费用，参考价格为每人天2,400元。

## 第七条 验收

系统安装部署完成并上线运行之日，即视为甲方验收合格。甲方在上线后提出的问题作为维护事项处理，不影响验收结论及付款。

## 第八条 免费维护期

免费维护期为6个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

## 第九条 维护服务

1. 免费维护期满后，甲方如需继续获得维护服务，年度维护费按软件许可小计的24%收取，即每个服务年度144,000元。
2. 维护服务内容包括：工作日9:00至17:30的电话及远程技术支持、补丁和版本升级。
3. 甲方未续签维护服务的，乙方不再提供版本升级和故障处理。
4. 维护费在每个服务年度开始前一次性支付，乙方开具增值税专用发票。
5. 维护服务期内乙方每年提供一次系统巡检，并出具巡检报告。

## 第十条 知识产权

软件及本合同项下定制开发成果（包括源代码、赋码规则、小程序及接口程序）的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译，也不得提供给第三方使用。

## 第十一条 甲方数据

甲方在系统中录入和产生的生产、检验及追溯数据归甲方所有，乙方仅为履行本合同使用。

## 第十二条 保密

双方对在合作中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

## 第十三条 违约责任

1. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务。
2. 乙方未能按期上线的，双方协商确定新的上线日期，乙方应尽力按新的日期完成。
3. 因甲方操作不当、网络或服务器故障等非乙方原因造成的损失，乙方不承担责任。
4. 甲方未按约定提供上线条件超过30日的，乙方有权要求甲方支付已完成工作的费用。
5. 甲方擅自修改软件、将软件提供给第三方或超出许可范围使用的，应向乙方支付相当于软件许可小计20%的违约金，并停止侵权行为。

## 第十四条 不可抗力

因不可抗力、政策变化、第三方平台（包括微信小程序平台、云服务商及ERP厂商）接口调整导致合同不能按期履行的，受影响一方不承担违约责任，但应及时通知对方。

## 第十五条 培训与文档

1. 乙方在系统上线前对甲方关键用户进行集中培训，上线后对各岗位操作人员进行现场培训，培训内容包括原料入库、工艺记录、批次管理、赋码打印和扫码查询。
2. 乙方向甲方提供用户手册、管理员手册及接口说明的电子版，文档版本随软件升级更新。
3. 上线后甲方新入职人员的培训，可参加乙方每季度组织的线上培训，不另收费。

## 第十六条 合同解除

任何一方严重违反本合同，经对方书面催告后10日内仍未纠正的，守约方有权解除本合同。合同解除后，乙方未完成的定制开发部分按实际完成情况结算。

## 第十七条 通知与送达

双方在本合同首页列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。

## 第十八条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十九条 其他

1. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
2. 本合同附件包括功能清单、定制开发功能说明书及实施计划，附件与本合同具有同等效力。
3. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：汉源县麻香源花椒油有限公司，授权代表：＿＿＿＿

乙方（盖章）：成都椒链信息技术有限公司，授权代表：＿＿＿＿

签订日期：2025年8月5日
"""

H498E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LVA-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 July 2025 between:
P:(1) Lee Valley Analytics Limited, a company registered in Ireland (company number 512874), whose registered office is at Unit 7, Model Farm Road Business Park, Cork, T12 X2PN, Ireland (the "Licensor"); and
P:(2) Changsha Xiangjiang Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China, whose registered office is at No. 218 Jinxia Road, Kaifu District, Changsha, Hunan Province (the "Customer").
P:Recitals
P:(A) The Licensor develops and licenses the FrostTrack warehouse management software for temperature-controlled warehouses.
P:(B) The Customer operates three cold-storage warehouses in Changsha, Zhuzhou and Yueyang and wishes to acquire perpetual licences to FrostTrack, together with implementation, interface and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FrostTrack server software and client modules listed in Article 3, in object code, with the user documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts and configuration scripts developed by the Licensor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the course of the Customer's business, including stock records, temperature logs, consignee details and shipment records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's three warehouses and head office for its internal business purposes, for the number of named users stated in Article 3.
P:2.2 The Licensor shall install and configure the Software on servers provided by the Customer in Changsha, migrate the Customer's current stock and location master data, develop interfaces to the Customer's Kingdee ERP system, its temperature-sensor gateway and the consignee portal, and train the Customer's staff.
P:2.3 All work shall be performed in accordance with the implementation plan in Annex 1, which forms part of this Agreement.
P:2.4 The Licensor shall appoint a project manager who speaks Chinese and is available on site in Changsha during installation, testing and the first two weeks of live operation. The Customer shall appoint a project lead and make its warehouse supervisors available for workshops and tests.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The total price of this Agreement is CNY 1,470,000, inclusive of applicable taxes, and is made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|FrostTrack server licence, perpetual (three sites)|640,000
TB:2|Named user licences, perpetual (120 users)|360,000
TB:|Licence subtotal|1,000,000
TB:3|Implementation and data migration|286,000
TB:4|Interfaces (ERP, sensor gateway, consignee portal)|148,000
TB:5|Training (administrators and warehouse users)|36,000
TB:|Total price|1,470,000
P:3.2 The price is fixed and covers all travel and living expenses of the Licensor's personnel.
H:Article 4 Payment
P:4.1 20% of the total price (CNY 294,000) is payable within 30 days after signature of this Agreement, against the Licensor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 45% of the total price (CNY 661,500) is payable within 30 days after the Site Acceptance Test has been passed at all three warehouses. Passing the Site Acceptance Test is not Final Acceptance.
P:4.3 35% of the total price (CNY 514,500) is payable within 30 days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC VAT invoice issued through the Licensor's authorised reseller in Shanghai or such other document as the Customer's finance department accepts.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall complete installation, configuration and the Site Acceptance Test within 110 days after signature.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 2 passes the agreed test scripts; (b) stock and location data migrated without discrepancy against the reconciliation report signed by both parties; (c) the three interfaces exchange data without error for ten consecutive working days; (d) a putaway or picking transaction completes in under two seconds with 120 concurrent users; and (e) 30 consecutive days of live operation without a Severity 1 incident.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. Use of the Software in live operation does not by itself constitute acceptance.
P:5.4 If a test fails, the Licensor shall correct the defect at its own cost and repeat the test. The Customer shall take part in the tests and record its results in the test log agreed in Annex 2.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will conform to their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall provide, free of charge, defect correction, new releases, telephone and remote support and on-site attendance when needed.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 10% of the licence subtotal, that is CNY 100,000 per Support Year, and shall not increase during the first three Support Years. Each Support Year is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Service Levels
P:7.1 Incidents are classified as Severity 1 (the Software is unavailable at any warehouse or goods cannot be received or shipped), Severity 2 (a major function is impaired but a workaround exists) and Severity 3 (other faults).
P:7.2 The Licensor shall respond to a Severity 1 incident within one hour, around the clock, and restore operation within eight hours; Severity 2 within two hours during business hours and resolve within three working days; Severity 3 within the next working day.
P:7.3 For each full hour by which the Licensor misses a Severity 1 response or restoration time, the Licensor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by third parties working for it.
P:8.3 The Licensor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Licensor may access and use Customer Data only to perform this Agreement and for no other purpose.
P:9.2 The Licensor shall access the Customer's systems only through the remote-access gateway designated by the Customer, with individual accounts and multi-factor authentication, and shall not copy Customer Data outside the Customer's systems. The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law when handling Customer Data.
P:9.3 The Licensor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, take all measures needed to contain it and bear full responsibility for any loss arising from an incident caused by the Licensor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only to perform this Agreement. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Licensor fails to complete the Site Acceptance Test or reach Final Acceptance by the dates in the implementation plan for reasons attributable to it, the Licensor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Licensor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Articles 8.3, 9 and 10, death or personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within 30 days after receiving notice of it, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination the Licensor shall refund the amounts paid for services not performed and deliver all work completed.
H:Article 14 Governing Law and Jurisdiction
P:This Agreement is governed by the laws of Ireland. The courts of Dublin, Ireland, shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 This Agreement, with Annex 1 (Implementation Plan) and Annex 2 (Functional Specification and Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is executed in two English originals, one for each party.
P:For the Licensor: ____________________  For the Customer: ____________________
"""

H498E02 = """# ORDER FORM — ServiceDeck Customer Support Platform

**Order Form No.:** SD-APAC-2025-0731

**Provider:** ServiceDeck B.V., Catharijnesingel 53, 3511 GC Utrecht, the Netherlands (Chamber of Commerce no. 71844215)

**Customer:** Foshan Meilan Household Appliances Co., Ltd., No. 9 Xingye Road, Shunde District, Foshan, Guangdong Province, People's Republic of China

This Order Form is entered into under, and incorporates, the ServiceDeck General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part 1 — Order details

| Item | Detail |
|---|---|
| Service | ServiceDeck Professional edition: omnichannel ticketing, knowledge base, WeChat and web chat connectors, after-sales field-dispatch module, reporting |
| Subscription Term | Three Subscription Years, from 1 October 2025 to 30 September 2028 |
| Agent seats | 150 named agent seats |
| Hosting | Provider's production environment operated in the Shanghai region of its hosting provider named in Part 4 |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Part 2 — Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 150 seats x CNY 1,560 per seat per Subscription Year x 3 Subscription Years | 702,000 |
| Onboarding (configuration, data import, two integrations, training) | one-time | 48,000 |
| Total Contract Value | | 750,000 |

All amounts include VAT. Additional seats ordered during the term are charged pro rata at the same seat price.

## Part 3 — Invoicing

1. The onboarding fee is invoiced after Onboarding Acceptance under Section 3.3 of the General Terms.
2. Subscription fees are invoiced quarterly in arrears, CNY 58,500 per quarter, and are payable within 30 days after receipt of a valid VAT invoice.
3. No advance payment is due under this Order Form.

## Part 4 — Approved hosting provider

The Provider's production environment is hosted by Alibaba Cloud (Shanghai region) under the Provider's own account. The Customer approves this hosting provider by signing this Order Form.

## Part 5 — Signatures

For ServiceDeck B.V.: ____________________ Name / Title / Date

For Foshan Meilan Household Appliances Co., Ltd.: ____________________ Name / Title / Date

# SERVICEDECK GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data, including personal information of the Customer's consumers, that the Customer or its users submit to the Service or that the Service generates for the Customer.

1.2 "Service" means the subscription service described in the Order Form.

1.3 "Customer Configurations" means the ticket workflows, routing rules, templates, report definitions and integration scripts built by the Provider for the Customer during onboarding or later.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and these General Terms.

2.2 The Provider may improve the Service from time to time but shall not materially reduce its functionality or security during the Subscription Term.

2.3 The Customer shall use the Service in accordance with applicable law and shall be responsible for the acts of its users.

2.4 The Provider shall assign a named customer success manager who holds a quarterly review with the Customer covering usage, open requests, the service report and the product roadmap. The Provider's Chinese-speaking support team shall handle all support requests.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 45 days after signature of the Order Form, including import of the Customer's open tickets and knowledge articles, the WeChat Official Account connector, the integration with the Customer's order management system and training of 20 administrators.

3.2 Onboarding acceptance tests shall verify that: (a) imported tickets and articles match the source counts; (b) inbound WeChat and web messages create tickets and are routed by the agreed rules; (c) order data is displayed in the ticket view within five seconds of a lookup; and (d) reports reproduce the sample figures agreed in the test plan.

3.3 When the tests are passed, the Customer shall sign an Onboarding Acceptance certificate within five working days. Use of the Service before that certificate is signed is not acceptance.

3.4 If the Provider fails to complete onboarding by the agreed date for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay.

## Section 4 Service Levels

4.1 Availability. The Service will be available at least 99.7% of each calendar month, excluding scheduled maintenance announced seven days in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 Support. Priority 1 incidents (the Service is unavailable or agents cannot create or answer tickets) will be responded to within 30 minutes at any time, with a workaround or fix within six hours. Priority 2 incidents will be responded to within two hours during business hours and Priority 3 within one business day.

4.3 Service credits. If monthly availability falls below the level in Section 4.1, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of that month's fee. Each Priority 1 response more than 30 minutes late gives a credit of CNY 800. Credits are deducted from the next invoice.

4.4 The Provider shall publish a monthly service report showing availability, incidents and response times.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or share it.

5.2 Customer Data shall be stored and processed in mainland China only. The Provider shall maintain the security measures in its security schedule, including encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all administrative access, daily backups, and an annual penetration test whose summary is provided to the Customer.

5.3 The Provider shall notify the Customer within 24 hours of becoming aware of any breach of security affecting Customer Data, cooperate with the Customer's investigation and notifications under PRC law, and be responsible for losses arising from a breach caused by the Provider.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in a standard export format and then delete it, and confirm the deletion in writing.

## Section 6 Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, including after the Subscription Term.

## Section 7 Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives under the Agreement, use it only for the Agreement and disclose it only to its employees and advisers who need to know it. This Section survives for three years after the Agreement ends.

## Section 8 Liability

8.1 Neither party is liable for indirect or consequential loss, including loss of profit.

8.2 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the eighteen months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for breach of Section 5 caused by the Provider's wilful misconduct, for death or personal injury, or for fraud.

## Section 9 Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except the hosting provider approved in Part 4 of the Order Form. The Provider remains responsible for its subcontractors.

## Section 10 Term, Renewal and Termination

10.1 The Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.3 The Customer may also terminate by written notice if monthly availability falls below 99.0% in any two consecutive months.

10.4 On termination by the Customer under 10.2 or 10.3, the Provider shall refund any fees paid for the period after termination.

## Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

## Section 12 General

12.1 Notices shall be given in writing to the addresses in the Order Form.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Force majeure does not excuse the Provider's obligations under Section 5.

12.4 The Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
"""

H498E03 = """
T:Purchase Contract for Grain Temperature Monitoring Equipment
P:Contract No. YCGR-2025-EQ-019
P:Buyer: Yancheng Dongtai Grain Reserve Depot Co., Ltd., No. 66 Haibin Road, Dongtai, Yancheng, Jiangsu Province, People's Republic of China (the "Buyer")
P:Supplier: Scheldt Sensing NV, Technologiepark 122, 9052 Ghent (Zwijnaarde), Belgium, enterprise number 0745.318.226 (the "Supplier")
P:Whereas the Buyer stores wheat and rice in 14 flat warehouses and 6 silos and must monitor grain temperature, humidity and fumigation gases under the national grain storage rules; and whereas the Supplier, after the Buyer's competitive negotiation, has been selected to supply, install and commission a wireless grain monitoring system, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, gas and weather sensors and accessories listed in Clause 3.
P:1.2 "Software" means the GrainWatch monitoring software licensed under this Contract, including the mobile application.
P:1.3 "Buyer Data" means all measurements, alarms, storage records and other data collected or generated by the Equipment and Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 5.3.
P:1.5 "Storage Unit" means each of the 14 flat warehouses and 6 silos at the Buyer's depot listed in the site plan in Annex 1.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, deliver it to the Buyer's depot in Dongtai, install the sensor cables in all 20 storage units, commission the gateways and Software, and train the Buyer's storekeepers and technicians.
P:2.2 The Software is licensed to the Buyer perpetually for use at the depot, with unlimited users.
P:2.3 The Supplier shall also build for the Buyer the storage dashboards, alarm rules and the data export to the provincial grain reserve supervision platform (the "Custom Work").
P:2.4 The Supplier shall place the sensor cables according to the layout in Annex 1, with cable spacing and measuring points per layer as required by the national grain storage rules, and shall fix the cables so that they can be lifted before grain is moved out.
P:2.5 The Supplier shall provide operation and maintenance manuals in Chinese, a list of spare parts with prices, and a training record signed by each trainee.
P:2.6 The Buyer shall provide access to the Storage Units, power at the locations agreed in the site plan, and a server room for the Software. Work inside silos shall follow the Buyer's safety permit procedure, including gas testing before entry.
H:3. Contract Price
P:3.1 The Contract Price is CNY 893,000, including VAT, packing, transport to site, insurance, customs clearance, installation and training. Prices are in Chinese Yuan at the Buyer's request. The price breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature and humidity sensor cable|420|1,150|483,000
TB:2|Wireless gateway (LoRa, solar powered)|48|3,200|153,600
TB:3|Phosphine, CO2 and weather sensor set|6|8,600|51,600
TB:4|GrainWatch software, perpetual licence (site)|1|98,000|98,000
TB:|Hardware and Licence Subtotal|||786,200
TB:5|Installation, commissioning and Custom Work|1|94,000|94,000
TB:6|Training (two sessions on site)|1|12,800|12,800
TB:|Contract Price|||893,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
H:4. Delivery and Payment
P:4.1 The Supplier shall deliver the Equipment within 60 days after signature and complete installation and commissioning within 40 days after delivery, taking account of the Buyer's grain-in and fumigation schedule.
P:4.2 No advance payment is made under this Contract.
P:4.3 75% of the Contract Price (CNY 669,750) is payable within 30 days after the Buyer signs the Installation Certificate for all storage units. The Installation Certificate records completion of installation only and is not acceptance.
P:4.4 25% of the Contract Price (CNY 223,250) is payable within 30 days after Final Acceptance.
P:4.5 If the Supplier fails to deliver or complete installation by the dates in Clause 4.1, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:5. Acceptance
P:5.1 After installation the system shall run for 30 consecutive days under the Buyer's normal operation.
P:5.2 The acceptance criteria are: (a) every sensor point reports at least every 30 minutes, with no more than three missed readings per point over the test period; (b) temperature readings deviate by no more than 0.5 degrees Celsius from reference thermometers at 40 sample points chosen by the Buyer; (c) alarms reach the duty storekeeper's mobile application within one minute; (d) the export to the provincial supervision platform is accepted by that platform for ten consecutive days; and (e) no Severity 1 fault occurs in the last 15 days of the test period.
P:5.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven working days. Use of the system during the test run is not acceptance.
P:5.4 If the criteria are not met, the Supplier shall correct the defects at its cost and the test run shall be repeated for the affected units.
P:5.5 The Buyer's technicians shall take part in all tests. The Supplier shall provide the calibrated reference thermometers and the test records, which both parties sign at the end of each test day.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Equipment and Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty items free of charge, including parts, labour and travel, and provide software updates.
P:6.2 After the warranty, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 55,034 per support year, fixed for two support years. Support is ordered by the Buyer in writing each year and does not renew automatically.
P:6.3 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:7. Service Levels
P:7.1 Faults are classified as Severity 1 (a gateway or the Software is down, or a whole storage unit stops reporting), Severity 2 (individual sensor cables fail) and Severity 3 (other faults).
P:7.2 The Supplier shall respond remotely to a Severity 1 fault within 30 minutes and have an engineer on site or restore service within 24 hours; Severity 2 within two hours remotely and repair within three working days; Severity 3 within two working days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 300.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's own server at the depot. The Supplier shall not transmit Buyer Data outside the Buyer's network, and remote maintenance requires the Buyer's approval for each session and is carried out through the Buyer's VPN with individual accounts.
P:8.3 The Supplier shall comply with the PRC Data Security Law, notify the Buyer within 12 hours of any security incident affecting Buyer Data or the system, and be liable for all losses caused by an incident attributable to the Supplier.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Equipment firmware and the standard Software.
P:9.2 The Custom Work belongs to the Buyer, who may use, modify and have it maintained by third parties. The Supplier shall hand over its source files at Final Acceptance.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's storage quantities and site layout, and shall not disclose it without the other party's written consent. This obligation continues for three years after the Contract ends.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors. The Supplier's local installation partner shall be named and approved in writing before installation starts.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages under Clause 4.5 reach their maximum. On termination the Supplier shall refund payments received for Equipment not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yancheng Arbitration Commission for arbitration in Yancheng.
H:15. Miscellaneous
P:15.1 Force majeure excuses delay for as long as it lasts, provided the affected party gives prompt notice.
P:15.2 Annex 1 (Site Plan and Cable Layout) and Annex 2 (Technical Specification) form part of this Contract. Amendments must be in writing and signed by both parties.
P:15.3 This Contract is made in two English originals and two Chinese translations; in case of inconsistency the English text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H498E04 = """# MANAGED MEETING ROOM SERVICES AGREEMENT

**Agreement reference:** ALX-MRS-2025-112

**Provider:** Alzette Conferencing Services S.à r.l., 14 Rue de l'Industrie, L-4240 Esch-sur-Alzette, Grand Duchy of Luxembourg (R.C.S. Luxembourg B 231.447), acting with its service team in Suzhou

**Customer:** Suzhou Hengrun Auto Parts Co., Ltd., No. 88 Tongyuan Road, Suzhou Industrial Park, Jiangsu Province, People's Republic of China

**Background.** The Customer has 36 meeting and training rooms at its Suzhou head office and two plants and wishes to outsource the installation, operation and support of their video-conferencing and presentation equipment. The Provider offers a managed meeting room service. The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed meeting room services described in Schedule 1.

1.2 "Rooms" means the 36 rooms listed in Schedule 1, as changed by agreement.

1.3 "Customer Data" means all data of the Customer processed in connection with the Services, including meeting recordings, room booking records, participant names and contact details, and device logs.

1.4 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance certificate for all Rooms.

## 2. SERVICES

2.1 The Provider shall install and configure the room equipment listed in Schedule 1, which the Provider owns and makes available to the Customer for the term, and shall operate, monitor, maintain and support the Rooms in accordance with this Agreement.

2.2 The Services include a remote monitoring centre, a service desk reachable by telephone, e-mail and WeChat from 07:30 to 21:00 on working days, on-site engineers in Suzhou, monthly preventive checks of every Room, firmware updates and meeting support for up to 40 important meetings per month.

2.3 The Provider shall provide a monthly service report with incidents, response and resolution times, room usage and recommended changes.

2.4 The Provider shall hold a quarterly service review with the Customer's IT manager, agree a plan for any recurring faults, and keep an up-to-date inventory of the equipment in every Room.

2.5 The Customer shall provide network connections, power and secure storage for spare equipment at each site, and access to the Rooms during working hours.

## 3. TERM

3.1 The Services run for 24 months from the Service Commencement Date, which the parties expect to be 1 November 2025.

3.2 The Agreement may be extended only by a written amendment signed by both parties. It does not renew automatically.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 2 and are stated in Chinese Yuan (CNY), including VAT.

4.2 The one-time onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice.

4.3 No payment is due before Service Acceptance.

4.4 The charges are fixed for the term. Additional Rooms may be added at the monthly rate per Room stated in Schedule 2.

## 5. ONBOARDING AND ACCEPTANCE

5.1 The Provider shall complete installation and onboarding of all Rooms within 60 days after signature of this Agreement, working outside the Customer's production meeting hours where the Customer asks.

5.2 Service Acceptance tests for each Room shall verify that: (a) a video call with the Customer's headquarters and a plant connects within ten seconds and runs for 30 minutes without loss of audio or video; (b) wireless presentation works from Windows, macOS and mobile devices; (c) the room booking panel shows the Customer's calendar correctly; and (d) the Room appears in the Provider's monitoring centre with all devices reporting.

5.3 When all Rooms pass the tests the Customer shall sign the Service Acceptance certificate within five working days.

5.4 If the Provider fails to achieve Service Acceptance by the date in Clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 800 for each day of delay.

## 6. SERVICE LEVELS

6.1 The service levels, credits and incident priorities are set out in Schedule 3.

6.2 Service credits are deducted from the next monthly invoice. Credits do not limit the Customer's other remedies for a material breach.

## 7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 Meeting recordings are stored on the Customer's own storage. The Provider shall not download or retain copies of recordings.

7.3 At the end of the term the Provider shall return any Customer Data it holds and delete it from its systems.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's product plans and supplier information discussed in meetings that the Provider's staff support, and shall use it only for the purposes of this Agreement.

8.2 This clause survives for three years after the Agreement ends.

## 9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in its monitoring tools and standard documentation.

9.2 Room configuration files, user guides and training materials prepared for the Customer belong to the Customer, who may use and modify them freely and hand them to any later service provider.

## 10. SUBCONTRACTING

The Provider may subcontract any part of the Services, including on-site engineering and cabling, by notifying the Customer in writing before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## 11. LIABILITY

11.1 The Provider is liable for loss or damage to the Customer's property caused by its staff or subcontractors.

11.2 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 2, except for death or personal injury, fraud and wilful misconduct.

## 12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after receiving notice, or if the service credits under Schedule 3 reach their monthly maximum in three consecutive months.

12.2 On termination the Provider shall cooperate in an orderly handover of the Rooms to the Customer or a new provider for up to 60 days at the same monthly rates.

## 13. EQUIPMENT

13.1 Title to the room equipment remains with the Provider. At the end of the term the Provider shall remove it at its own cost within 30 days and make good any damage to the Rooms caused by the removal.

13.2 The Customer shall not move equipment between Rooms without informing the service desk.

13.3 The Provider shall insure the equipment against loss and damage for the term. The Customer is responsible only for damage caused by misuse by its own staff or visitors.

13.4 Where a device fails and cannot be repaired on site within the resolution time, the Provider shall install a replacement device of equal or better specification from its spare stock in Suzhou.

## 14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 15. GENERAL

15.1 Neither party is liable for delays caused by force majeure if it informs the other party promptly.

15.2 This Agreement and its three Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## SCHEDULE 1 — ROOMS AND EQUIPMENT

| Site | Rooms | Equipment per room |
|---|---|---|
| Head office, Suzhou Industrial Park | 18 (2 boardrooms, 10 medium, 6 huddle) | video bar or codec with camera, ceiling microphones, 75- or 86-inch display, wireless presentation, booking panel |
| Plant 1, Wuzhong | 10 (6 medium, 4 training) | video bar, display, wireless presentation, booking panel; training rooms with dual displays |
| Plant 2, Xiangcheng | 8 (5 medium, 3 huddle) | video bar, display, wireless presentation, booking panel |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (survey, installation, configuration, acceptance tests) | one-time | 56,000 |
| Monthly service charge, 36 Rooms | CNY 38,500 per month x 24 months | 924,000 |
| Total charges | | 980,000 |
| Additional Room | per Room per month | 1,150 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | a boardroom or more than three Rooms unusable, or a scheduled important meeting cannot start | 30 minutes, on site in Suzhou | six hours | CNY 1,000 per hour late |
| P2 | one Room unusable | one hour | next working day | CNY 300 per hour late |
| P3 | a single device fault with a workaround | half a working day for a first reply | three working days | none |
| Preventive check | every Room once a month | | | CNY 200 per missed check |

Service credits in a month are capped at 20% of that month's service charge.
"""

H498E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: LDS-NB-2025-027

THIS AGREEMENT is made on 2 September 2025

BETWEEN

(1) LAGAN DATA SERVICES LIMITED, a company incorporated in Northern Ireland (company number NI671203), whose registered office is at 3 Lanyon Quay, Belfast BT1 3LG, Northern Ireland ("Lagan"); and

(2) NINGBO HAITONG INTERNATIONAL FREIGHT FORWARDING CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 555 Zhongxing Road, Yinzhou District, Ningbo, Zhejiang Province (the "Customer").

BACKGROUND

(A) Lagan compiles vessel position, port call and schedule reliability data from terrestrial and satellite AIS receivers and port sources, and makes it available through an application programming interface (the "API").

(B) The Customer arranges sea freight for exporters in Zhejiang and wishes to show vessel positions and estimated arrival times to its clients in its own booking portal and mobile application.

1. DEFINITIONS

1.1 "Subscription Year" means each of the two periods from 1 October 2025 to 30 September 2026 and from 1 October 2026 to 30 September 2027.

1.2 "Licensed Data" means the vessel, voyage and port data delivered through the API.

1.3 "Customer Data" means the Customer's API keys, query logs, watch lists of vessels and containers, and any shipment or client information the Customer submits to the API.

1.4 "Integration Services" means the one-time services in Clause 3.3.

2. SUBSCRIPTION

2.1 Lagan grants the Customer, for the term of this Agreement, a non-exclusive, non-transferable right to call the API and to display the Licensed Data to the Customer's clients in the Customer's booking portal and mobile application.

2.2 The Customer may not resell the Licensed Data as a data feed or use it to build a competing database.

2.3 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that quota are charged at CNY 0.02 per call, invoiced quarterly in arrears.

2.4 Lagan shall keep the API documentation current and give the Customer at least 90 days' notice of any change that is not backward compatible.

2.5 Lagan shall provide a test environment with sample data for the Customer's developers throughout the term, and a support desk reachable by e-mail and by a shared messaging channel during business hours in Belfast and in China.

2.6 The Customer shall keep its API keys secure, shall not share them with its clients, and shall tell Lagan promptly if it suspects that a key has been misused. Lagan may suspend a key that is clearly being misused, after informing the Customer, and shall issue a replacement key without charge.

2.7 The Customer shall show the attribution 'Vessel data: Lagan Data Services' wherever Licensed Data is displayed to its clients.

3. FEES, PAYMENT AND INTEGRATION

3.1 At the Customer's request all fees are in Chinese Yuan (CNY) and include VAT. The fees are:

    Item                                         Basis                                  Amount (CNY)
    API subscription, Enterprise tier            CNY 186,000 per Subscription Year x 2  372,000
    Integration Services                         one-time                               28,000
    Total                                                                               400,000

3.2 The Integration Services fee is invoiced after Integration Acceptance under Clause 4. Subscription fees are invoiced quarterly in arrears at CNY 46,500 per quarter. No advance payment is required. Invoices are payable within 30 days of receipt.

3.3 The Integration Services consist of: setting up a dedicated API account and keys; mapping Lagan's port and terminal codes to the Customer's code list; configuring push notifications of vessel arrivals and departures for the Customer's watch lists; and two training sessions for the Customer's developers.

3.4 The Integration Services shall be completed within 30 days after signature of this Agreement. If they are not completed by that date for reasons attributable to Lagan, Lagan shall pay the Customer CNY 400 for each day of delay.

4. INTEGRATION ACCEPTANCE

4.1 The Customer shall test the integration against the following criteria: (a) position queries for a sample of 200 vessels named by the Customer return data no older than 15 minutes for vessels within terrestrial AIS coverage; (b) estimated arrival times are provided for all vessels on the Customer's watch list bound for Ningbo-Zhoushan, Shanghai, Rotterdam and Hamburg; (c) push notifications arrive within five minutes of the event being recorded; and (d) the port code mapping covers every port in the Customer's code list.

4.2 When the criteria are met the Customer shall sign an Integration Acceptance note. The Customer's use of the API in production before that note does not count as acceptance.

5. SERVICE LEVELS

5.1 Lagan will make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance.

5.2 Lagan will respond to Priority 1 incidents (the API is unavailable or returns no position data) within one hour, at any time, and to Priority 2 incidents (degraded data or slow responses) within eight business hours.

5.3 The service levels in this Clause 5 are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions or damages, but Lagan will report the cause of each Priority 1 incident in writing within five business days.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Lagan shall process Customer Data only to provide the API and the Integration Services and for no other purpose.

6.2 Lagan shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, restriction of access to named support staff, logging of all access, and deletion of query logs after 180 days. Customer Data relating to persons in China shall be processed in accordance with the PRC Personal Information Protection Law.

6.3 Lagan shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and be liable for losses the Customer suffers from an incident caused by Lagan's failure to comply with this Clause 6.

6.4 On expiry or termination Lagan shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Lagan and its licensors own the Licensed Data and the API.

7.2 The code lists, mapping tables and integration scripts produced for the Customer in the Integration Services belong to the Customer, which may use and modify them freely.

7.3 Lagan warrants that it has the right to license the Licensed Data to the Customer as set out in Clause 2 and shall defend the Customer against any claim that the Customer's permitted use of the Licensed Data infringes the rights of a third party.

7.4 Lagan does not warrant that the Licensed Data is complete or free of error, since it depends on signals transmitted by vessels, but shall correct errors reported by the Customer within five business days where the source data allows it.

8. LIABILITY

8.1 Neither party is liable for indirect or consequential loss.

8.2 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 3.1, except for death or personal injury, fraud, wilful misconduct and liability under Clause 6.3.

9. SUBCONTRACTING

Lagan shall not subcontract the Integration Services or the operation of the API without the Customer's prior written consent. The satellite AIS providers and port authorities from which Lagan obtains source data are data sources, not subcontractors.

10. TERM AND TERMINATION

10.1 This Agreement runs from signature until 30 September 2027. It ends at that date unless the parties sign a new agreement; there is no automatic renewal.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

10.3 On termination by the Customer under Clause 10.2, Lagan shall refund any fees paid for the period after termination.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitration shall be conducted in English and Chinese.

12. GENERAL

12.1 Neither party is liable for delay caused by events beyond its reasonable control, including failures of satellite or terrestrial AIS networks operated by third parties, provided it gives prompt notice and resumes performance as soon as possible.

12.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

12.3 Each party shall comply with the export control and sanctions laws that apply to it in performing this Agreement. Lagan may withhold data on a particular vessel where supplying it would breach such laws, and shall tell the Customer which vessel is affected.

12.4 The Schedule of API endpoints and the integration plan form part of this Agreement.

12.5 This Agreement may be amended only in writing signed by both parties. Neither party may assign it without the other party's written consent.

SIGNED for and on behalf of LAGAN DATA SERVICES LIMITED: ____________________

SIGNED for and on behalf of NINGBO HAITONG INTERNATIONAL FREIGHT FORWARDING CO., LTD.: ____________________
"""

SOURCES = {"h498z01": H498Z01, "h498z02": H498Z02, "h498e01": H498E01, "h498e03": H498E03}
TARGETS = {"h498z01": ("h498z01_petitions_bureau_platform_licence_development.pdf", "pdf"),
           "h498z02": ("h498z02_paper_tube_winder_control_retrofit.docx", "docx"),
           "h498e01": ("h498e01_irish_wms_perpetual_licence_cold_chain.pdf", "pdf"),
           "h498e03": ("h498e03_belgian_grain_depot_temperature_sensors.docx", "docx")}
PLAIN = {"h498z03": ("h498z03_kids_coding_chain_scheduling_saas.txt", H498Z03),
         "h498z04": ("h498z04_botanical_garden_smart_guide_annual_om.txt", H498Z04),
         "h498z05": ("h498z05_pepper_oil_traceability_supplier_template.md", H498Z05),
         "h498e02": ("h498e02_dutch_support_desk_saas_order_form.md", H498E02),
         "h498e04": ("h498e04_luxembourg_managed_meeting_rooms.md", H498E04),
         "h498e05": ("h498e05_belfast_vessel_data_api_subscription.txt", H498E05)}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, TCO inputs (fee base, fee per year) or None, design list of rules)
LABELS = {
    "h498z01": ("zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G), X(True, True, True, False, 1740000), (860000, 68800), []),
    "h498z02": ("zh", "hardware",
                T(None, 8, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G), X(True, True, True, False, 1210000), (1026000, 92340),
                ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "h498z03": ("zh", "cloud",
                T(99.5, 1, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
                  "PRC", S), X(True, True, None, False, 600000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h498z04": ("zh", "services",
                T(None, 0.5, True, "buyer", True, True, True, 0.1, 6 / 12 * 100, None, True, None, None, None, False,
                  False, False, "PRC", S), X(True, True, None, False, 454000), None,
                ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h498z05": ("zh", "software",
                T(None, None, False, "supplier", False, True, True, None, None, 50, False, False, 6, 24, False, True,
                  None, "PRC", G), X(False, False, True, True, 780000), (600000, 144000),
                ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h498e01": ("en", "software",
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False,
                  "Ireland", G), X(True, True, True, False, 1470000), (1000000, 100000), ["CR-GOVERNING-LAW"]),
    "h498e02": ("en", "cloud",
                T(99.7, 0.5, True, "buyer", True, True, True, 500 / 750000 * 100, 18 / 36 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S), X(True, True, None, False, 750000), None,
                ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h498e03": ("en", "hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True, False,
                  "PRC", G), X(True, True, True, False, 893000), (786200, 55034), []),
    "h498e04": ("en", "services",
                T(None, 0.5, True, "buyer", False, True, True, 800 / 980000 * 100, 150, None, True, None, None, None,
                  False, True, True, "PRC", S), X(True, True, None, False, 980000), None,
                ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h498e05": ("en", "cloud",
                T(99.95, 1, False, "buyer", True, True, False, 400 / 400000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S), X(True, True, None, False, 400000), None,
                ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(terms, value, tco):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata)."""
    if tco is None or terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None:
        return None
    base, fee = tco
    assert abs(fee - base * terms["post_warranty_fee_pct"] / 100) < 1, (base, fee)
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    service = fee * years
    return service / (value + service) * 100


def rules(terms, extra, tco):
    """My own reading of policy.md section 3 over the labelled facts."""
    t, goods, out = terms, terms["contract_kind"] == G, set()
    if not extra["sla_clause"]:
        out.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        out.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        out.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        out.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        out.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        out.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        out.add("CR-GOVERNING-LAW")
    share = tco_share(t, extra["contract_value"], tco)
    if goods and share is not None and share > 40:
        out.add("CR-TCO-SERVICE-SHARE")
    return sorted(out)


def risk(rs):
    return "high" if HIGH & set(rs) else ("medium" if set(rs) - LOW else "low")


# ---- threshold figures that must appear nowhere (labels, sources, built files) ----
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)" + PCT,
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?|h)(?![a-z])", r"(?<![一二三四五六七八九十零〇两])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?(?:working\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
    r"(?<![\d.])0\.050*(?!\d)" + PCT, r"万分之五(?![十百千0-9零〇一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?(?![\d.,])" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.])30(?:\.0+)?(?![\d.,])" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?(?![\d.,])" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?(?![\d.,])" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty" + PCT,
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?)", r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"twelve\s*(?:\(12\)\s*)?months?", r"(?<![一二三四五六七八九十])一\s*年", r"(?<![a-z])one\s*-?\s*(?:\(1\)\s*)?years?",
    r"(?<![\d.,])1\s*-?\s*years?",
    r"(?<![\d.,])5\s*(?:个)?\s*(?:年|years?)", r"(?<![一二三四五六七八九十〇零])五\s*年", r"five\s*-?\s*(?:\(5\)\s*)?years?",
    r"(?<![\d.,])60\s*(?:个)?\s*(?:月|months?)", r"六十\s*个?\s*月", r"sixty\s*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240 分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "one-year", "15%", "百分之十五", "40%", "四成", "5年", "五年",
            "five years", "5 years", "60 months", "60个月", "thirty per cent", "4h", "1 year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "130%",
             "0.055%", "24个月", "112 months", "1,150", "99.5%", "十五年", "2 hours", "Subscription Year", "四分之一",
             "1.5%", "340%", "万分之八", "36 months", "20%", "第二十四个月", "Clause 4 Hardware", "CNY 1,150 per"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BANNED:
            for m in rx.finditer(variant):
                found.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_labels():
    design = set()
    for key, (lang, cat, terms, extra, tco, want) in LABELS.items():
        got = rules(terms, extra, tco)
        assert got == sorted(want), (key, got, want)
        design |= set(got)
        for k, v in THRESH.items():
            assert v is None or terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k)
        share = tco_share(terms, extra["contract_value"], tco)
        assert share is None or abs(share - 40) > 2, (key, share)
    allrules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert design == allrules, allrules - design
    counts = {k: len(v[5]) for k, v in LABELS.items()}
    assert sorted(counts.values()) == [0, 0, 1, 2, 2, 2, 2, 2, 3, 10], counts
    assert counts["h498z05"] >= 8 and LABELS["h498e01"][5] == ["CR-GOVERNING-LAW"]


def main():
    from word_pdf import write
    selftest()
    check_labels()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    names = {k: v[0] for k, v in TARGETS.items()}
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        names[key] = name
    srcs = {**SOURCES, **{k: v[1] for k, v in PLAIN.items()}}
    bad = []
    for key in sorted(LABELS):
        lang = LABELS[key][0]
        text = read_back(OUT / names[key])
        n = len(text) if lang == "zh" else len(text.split())
        n2 = len(re.sub(r"\s", "", text)) if lang == "zh" else n
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi and lo <= n2 <= hi
        print("%-62s %s %5d %5d %s" % (names[key], lang, n, n2, "ok" if ok else "OUT OF RANGE"))
        if not ok:
            bad.append(key)
        for h in hits(text) + hits(srcs[key]):
            bad.append((key, h))
            print("  THRESHOLD", h)
    assert not bad, bad
    for key in sorted(LABELS):
        lang, cat, terms, extra, tco, want = LABELS[key]
        rs = rules(terms, extra, tco)
        label = {"file": names[key], "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rs}
        body = json.dumps(label, ensure_ascii=False, indent=1)
        assert not hits(body), key
        (OUT / (Path(names[key]).stem + ".json")).write_text(body, encoding="utf-8")
        share = tco_share(terms, extra["contract_value"], tco)
        print("%s risk=%s rules=%s%s" % (key, risk(rs), ",".join(r[3:] for r in rs) or "-",
                                         "" if share is None else " tco_share=%.2f" % share))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
