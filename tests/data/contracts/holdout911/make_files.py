"""holdout911: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. .docx and .pdf go through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H911Z01 = r"""
T:地下空间应急疏散指引平台采购合同
P:合同编号：RF-ZC-2027-018
P:采购项目：市人民防空办公室地下空间应急疏散指引平台（政府采购，公开招标）
P:甲方（采购人）：某市人民防空办公室
P:乙方（供应商）：某某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供地下空间应急疏散指引平台软件（以下简称“平台”）的永久使用许可，并完成定制开发、数据采集建模、部署实施和培训。
P:1.2 定制开发内容包括：疏散路径计算引擎、与全市人防工程三维地图的对接、人员密度感知接口、移动端疏散指引小程序及指挥大屏展示模块。
P:1.3 数据采集与建模覆盖全市312处人防工程、地下商业空间及地铁连通通道，形成可供平台调用的三维模型和疏散路网。
P:1.4 平台部署于甲方政务云，运行环境由甲方提供，乙方负责安装、配置、联调和上线切换。
P:1.5 乙方应根据甲方提供的人防工程图纸和现场踏勘结果建模。现场踏勘须由甲方人员陪同，并遵守人防工程出入登记和安全管理规定。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰肆拾万元整（¥2,400,000），为固定总价，其中：平台软件许可费1,260,000元；定制开发费836,000元；数据采集与建模费214,000元；部署实施及培训费90,000元。
P:2.2 合同总价已包含税费、差旅、第三方测评配合费用及质保期内的全部服务费用，甲方无需另行支付任何费用。
P:2.3 合同履行期间，合同总价不因人工、材料或云资源价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。
P:3.5 履约保函在平台通过最终验收后退还。乙方未按约定交付的，甲方有权依照本合同约定从履约保函中扣取违约金。
H:第四条 交付期限
P:4.1 乙方应在合同签订后150日内完成全部开发、建模及部署，并向甲方提交初步验收申请。
P:4.2 乙方应在合同签订后10日内提交项目实施计划，并每两周向甲方书面报告一次进度。
P:4.3 乙方应配备项目经理1名及不少于8名开发、建模和实施人员。项目经理应具备同类平台建设经验，未经甲方书面同意不得更换。
P:4.4 乙方应为甲方及各区人防办管理人员提供三期集中培训，每期不少于2天，并提供操作手册、运维手册和视频教程。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现；（2）312处地下空间模型全部完成并经甲方抽查，位置偏差不超过0.5米；（3）在800个并发用户下，单次路径计算响应时间不超过3秒；（4）与三维地图、人员密度感知接口联调通过。
P:5.2 最终验收标准：初步验收后连续试运行60日，期间未发生一级故障；完成一次全市联合疏散演练的系统保障；通过甲方委托的第三方软件安全测评，且发现的高危漏洞全部整改完毕。
P:5.3 验收由甲方组织，并出具书面验收报告。平台上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:5.4 第三方安全测评费用由乙方承担。甲方可邀请应急管理、住房城乡建设等部门的专家参加验收。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，如甲方续签维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过113,400元），该价格在质保期满后的前三个年度内固定不变。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 故障分级：一级故障指平台整体不可用或疏散路径计算失效；二级故障指部分功能不可用；三级故障指一般性问题。一级故障乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到上述时限的，每超时1小时扣减800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。扣减款项从应付款或履约保证金中直接抵扣。
P:7.4 乙方应每月向甲方提交平台运行报告，列明可用率、故障及处理情况、优化建议；在全市疏散演练和重大活动期间，乙方应安排技术人员现场保障。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、三维模型、疏散路网数据及相关源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方应在最终验收时移交全部源代码和技术文档。
P:8.3 乙方保证其提供的软件和成果不侵犯任何第三方的合法权益；因侵权引起的纠纷由乙方负责处理，给甲方造成损失的，由乙方赔偿。
H:第九条 数据安全
P:9.1 平台采集、生成和存储的全部数据属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，采取访问控制、加密存储、操作日志留存等措施；运维人员经甲方审批后通过堡垒机访问，不得将数据复制至甲方网络以外。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的全部损失由乙方承担。
P:9.4 合同终止或质保期届满时，乙方应删除其因履约持有的全部数据副本，并向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的人防工程位置、结构、容量等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 因乙方原因导致平台在应急演练或重大活动期间不可用的，乙方除按7.3条扣减外，还应承担甲方因此发生的合理费用。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2027年3月__日
"""

H911Z02 = r"""
T:吊椅生产线控制系统改造合同
P:合同编号：DY-GZ-2027-006
P:甲方：安吉某某吊椅制造有限公司
P:乙方：某某自动化工程有限公司
P:甲方为提升产能和产品一致性，委托乙方对其三条吊椅生产线（钢管弯管焊接线、静电喷涂线、藤编组装线）的控制系统进行改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）更换三条生产线的PLC控制柜，改造伺服驱动系统，加装工业触摸屏及焊接、喷涂工位传感器。
P:（二）部署产线监控软件，实现设备状态采集、工单下发、产量统计，并与甲方现有ERP系统对接。
P:（三）编写并调试各工位PLC程序、HMI画面及配方管理程序。
P:（四）完成安装、调试、试生产及操作人员、维修人员培训。
P:（五）改造前，乙方应对三条生产线进行现场勘查，核对现有设备、电气图纸和工艺参数，在合同生效后20日内提交改造方案和停产施工计划，经甲方书面确认后实施。
P:（六）改造完成后，乙方应提交竣工电气图纸、PLC程序清单、IO点表、HMI画面说明、设备说明书和操作维护手册各两套，并提供电子版。
H:二、合同价款
P:（一）合同总价为人民币壹佰玖拾万元整（¥1,900,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站、远程IO）|6套|118,000|708,000
TB:2|伺服驱动器及电机改造|24套|16,500|396,000
TB:3|工业触摸屏HMI|12台|9,800|117,600
TB:4|焊接及喷涂工位传感器|1批|186,400|186,400
TB:5|产线监控软件许可（含ERP接口模块）|1套|312,000|312,000
TB:|软硬件小计|||1,720,000
TB:6|安装调试及试生产|1项|148,000|148,000
TB:7|培训|1项|32,000|32,000
TB:|合同总价|||1,900,000
P:（二）上述价格含税、运输、保险及安装所需辅材，甲方不再承担其他费用。
P:（三）合同履行期间，如甲方要求增加工位或变更功能，双方另行签订补充协议，增加部分参照上表单价计算。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并安装完成后，甲方支付合同总价的55%。到货签收和安装完成不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的35%。
P:（四）乙方请款时应提供合法有效的增值税专用发票，甲方在收到发票后15个工作日内付款。
H:四、工期
P:（一）乙方应利用甲方的计划停产期分线施工，每条线停产改造不超过9日，全部改造在合同生效后100日内完成。
P:（二）施工期间乙方应遵守甲方的安全生产和动火作业管理制度。
P:（三）乙方施工人员应持有效电工证、焊工证等特种作业证书上岗，高处作业和带电作业须办理甲方作业票。因乙方原因发生安全事故的，由乙方承担全部责任。
P:（四）停产改造期间，乙方应每日向甲方生产部报告施工进度。因乙方原因导致单条线停产超过约定天数的，按第十二条处理。
H:五、验收
P:（一）每条生产线改造完成后，进行单线调试和连续72小时试生产。
P:（二）验收标准：1.弯管焊接线生产节拍由每件90秒缩短至不超过72秒；2.三条线安全联锁、急停回路逐一测试通过；3.试生产期间无一级故障；4.产线监控软件采集的产量数据与人工盘点、ERP记录逐日核对一致；5.配方切换时间不超过10分钟。
P:（三）三条线均满足上述标准后，甲方组织最终验收并签署验收报告。安装完成、试生产或甲方投入使用，均不视为验收合格。
P:（四）验收不合格的，乙方应在10日内整改完毕并重新申请验收，整改期间产生的费用由乙方承担。
H:六、质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件，免费提供软件升级和技术服务。
P:（二）质保期满后，乙方提供年度维保服务（含一名驻场工程师、常用备品备件及软件升级），年度维保费按软硬件小计的26%计取，即每年447,200元。该费用在质保期满后的三年内不作调整。
P:（三）乙方应在甲方厂区内存放常用备品备件，包括PLC模块、伺服驱动器、触摸屏和各类传感器，备件清单作为本合同附件。质保期内更换的部件，自更换之日起重新计算十八个月质保期。
H:七、服务响应
P:（一）一级故障（整条生产线停机）：乙方在1小时内响应，3小时内到场，8小时内恢复生产。
P:（二）二级故障（单个工位故障）：乙方在2小时内响应，24小时内修复。
P:（三）三级故障（不影响生产的一般问题）：乙方在1个工作日内响应，并在下一次预防性检查时处理完毕。
P:（四）乙方超过上述时限的，每超时1小时向甲方支付500元；因故障导致整线停机超过8小时的，另按每小时1,000元计付。
P:（五）乙方应提供电话、远程和现场三种服务方式，并每季度对三条生产线的控制系统进行一次预防性检查，出具检查报告。
H:八、知识产权
P:（一）为本项目编写的PLC程序、HMI画面、配方管理程序及ERP接口程序，其源代码和知识产权归甲方所有，甲方可自行修改和使用。
P:（二）产线监控软件的原有知识产权归乙方，乙方授予甲方永久使用许可。
P:（三）乙方保证所提供的设备和软件不侵犯第三方的专利权、著作权等合法权益。如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:九、数据安全
P:（一）产线运行数据、工艺配方和产量数据属于甲方，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方批准，使用甲方指定的VPN账户，操作全程留痕；不得拷贝配方和生产数据。因乙方原因导致数据泄露或系统被入侵的，乙方承担赔偿责任。
H:十、保密
P:（一）双方对在合作中获知的对方技术资料、工艺配方和商业信息负有保密义务，保密期限至合同终止后三年。
P:（二）乙方不得在宣传材料或案例介绍中使用甲方的名称、产品图片和生产线照片，但经甲方书面同意的除外。
H:十一、分包
P:（一）乙方可将电气安装、线缆敷设和控制柜运输等工作分包给具备相应资质的单位，但应在分包单位进场前五个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）因乙方施工原因导致甲方停产超出约定期限的，乙方还应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:（四）乙方提供的设备为非原厂全新产品或与投标型号不一致的，甲方有权拒收，乙方应在7日内更换，逾期按本条第（一）项计付违约金。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:（二）乙方逾期完成改造超过30日的，甲方可以书面通知解除合同，乙方应退还已收款项，并拆除已安装设备、恢复生产线原状。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:本合同附件包括：改造方案、设备技术参数表、备品备件清单、培训计划，附件与本合同具有同等效力。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

H911Z03 = """门店预约及会员管理SaaS服务合同

合同编号：LY-SaaS-2027-03
甲方：某某路亚钓鱼培训连锁有限公司（下辖30家门店）
乙方：某某云软件有限公司

甲方拟在其30家路亚钓鱼培训门店统一使用课程预约、会员储值和教练排班系统。乙方同意以软件即服务（SaaS）方式提供系统，并完成上线实施。双方订立本合同如下。

1. 服务内容
1.1 乙方向甲方提供“渔课通”预约及会员管理SaaS服务，包括课程与场地预约、会员卡及储值管理、教练排班与课时结算、钓具租赁登记、营销券核销及经营报表功能，开通门店数为30家。
1.2 实施服务包括：甲方原有会员数据（约4.6万名会员、储值余额及剩余课时）的迁移，微信小程序预约端的配置与上线，与甲方收银系统的对接，以及门店店长和前台人员培训。
1.3 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
1.4 会员储值及课程费用的收款通过甲方自行签约的持牌支付机构完成，资金直接进入甲方账户，乙方不经手任何资金。
1.5 服务期内，乙方免费提供系统版本升级、新功能推送及7×12小时客服热线（每日9时至21时），并为每家门店提供一次远程操作复训。

2. 服务费用
2.1 SaaS年费按每店每年9,800元计，30家门店每个服务年度合计294,000元，两个服务年度合计588,000元。
2.2 实施费为一次性费用76,000元。
2.3 合同总价为664,000元（含税）。服务期内新增门店的，按每店每年9,800元按月折算。
2.4 新增门店的费用不计入合同总价，由双方按实际开通门店数另行结算。服务期内关闭门店的，甲方可书面通知乙方停用该门店账号，自次月起不再计收该门店年费。

3. 付款方式
3.1 实施费在上线验收合格后15日内一次付清。
3.2 各服务年度的年费，在该服务年度开始后15日内支付。
3.3 乙方应在收款前开具增值税专用发票。
3.4 甲方对费用有异议的，应在收到发票后5个工作日内书面提出，双方核对无误后再行支付，无争议部分不受影响。

4. 上线实施与验收
4.1 乙方应在合同签订后45日内完成数据迁移、小程序配置和收银对接，并提交上线验收申请。
4.2 上线验收标准：（1）会员信息、储值余额、剩余课时逐户核对无差异；（2）预约、签到、核销、退款全流程在甲方指定的3家门店试运行10日，无一级故障；（3）收银系统对账连续7日金额一致；（4）店长及前台培训完成并考核通过。
4.3 甲方在收到验收申请后7个工作日内组织验收并出具书面意见。试运行不视为验收合格。
4.4 验收未通过的，乙方应在10日内完成整改并再次申请验收。其余27家门店在上线验收合格后分三批切换，乙方应派实施人员到店指导，每批切换完成后由门店店长签字确认。

5. 甲方的配合义务
5.1 甲方应指定项目联系人，在约定时间内提供会员数据、课程价目表、教练名单、门店营业时间和收银系统接口文档，并对数据的真实性负责。
5.2 甲方应确保各门店具备稳定的网络环境和满足要求的收银终端。因甲方未按时提供资料导致实施延期的，乙方的交付期限相应顺延。

6. 服务水平
6.1 乙方承诺SaaS服务月度可用率不低于99.5%，计划内维护应安排在每日凌晨1时至5时并提前48小时通知。
6.2 一级故障（全部门店无法预约或收款）：乙方在30分钟内响应，3小时内恢复；二级故障（单店或单项功能异常）：2小时内响应，当日修复。
6.3 月度可用率低于承诺值的，按下列标准抵扣当月服务费：每低于承诺值0.5个百分点，抵扣当月年费折算额的5%，累计不超过当月费用的一半。一级故障未按时恢复的，每超时1小时抵扣2,000元。
6.4 乙方应在每月前5个工作日内向甲方提供上月服务报告，内容包括可用率、故障记录、处理时长及各门店使用情况统计。
6.5 钓鱼节、暑期等预约高峰前，乙方应提前进行扩容压测，并安排技术人员在高峰日值守。
6.6 乙方调整系统功能或界面的，应提前7日通知甲方，并保证不影响门店正常预约和收款。

7. 数据权属与数据安全
7.1 甲方上传及系统运行中产生的会员信息、交易记录、课程数据等全部数据属于甲方。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的。
7.2 乙方应将数据存储于中国境内的云服务器，采取加密存储、传输加密、权限分级和操作审计措施，每日备份，并遵守《个人信息保护法》关于会员个人信息的要求。
7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的损失。
7.4 合同终止后30日内，乙方应按甲方要求导出全部数据并彻底删除其保存的副本。
7.5 乙方员工访问甲方数据须经授权，乙方应对其员工进行数据安全培训，并与其签订数据安全承诺书。
7.6 乙方应每半年对系统进行一次安全漏洞扫描，发现高危漏洞的，应在72小时内修复，并将扫描及修复情况书面告知甲方。

8. 保密
8.1 双方对本合同内容及履约中获知的对方经营信息、会员信息、价格体系负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

9. 知识产权
9.1 SaaS平台的知识产权归乙方所有。
9.2 乙方为甲方专门开发的小程序页面、报表模板和收银接口程序归甲方所有，甲方可自由使用和修改。
9.3 甲方的商标、门店名称、课程名称和宣传图片仅授权乙方在为甲方配置系统时使用，乙方不得用于其他用途。

10. 续期
10.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
10.2 续期服务年度的年费由乙方根据市场情况调整，乙方以书面通知告知甲方调整后的价格，甲方未在通知后10日内提出异议的视为接受。

11. 违约责任
11.1 乙方未在4.1条约定期限内提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 甲方逾期付款的，按应付金额每日万分之三支付违约金。
11.3 因乙方系统原因导致会员储值余额、剩余课时数据错误的，乙方应在24小时内核对并恢复正确数据，并赔偿甲方因此向会员作出补偿的实际支出。

12. 分包
12.1 未经甲方书面同意，乙方不得将实施服务分包给第三方。
12.2 经甲方同意的分包单位，其人员应遵守本合同关于数据安全和保密的约定，乙方对分包单位的行为承担连带责任。

13. 合同解除
13.1 任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同。乙方原因解除的，乙方应退还未履行期间的服务费。
13.2 合同终止或解除后，乙方应给予甲方不少于30日的过渡期，过渡期内保持系统正常可用，并配合甲方将数据迁移至新的系统。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

15. 其他
15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
15.2 本合同附件包括：功能清单、门店开通清单、实施计划和服务报告模板。附件与本合同具有同等效力。

甲方（盖章）：__________
乙方（盖章）：__________
"""

H911Z04 = """古建筑消防监测系统年度运维服务合同

项目名称：某市文物局古建筑消防监测系统年度运维服务（竞争性磋商）
合同编号：WWJ-YW-2027-02
甲方：某市文物局
乙方：某某消防技术服务有限公司

甲方通过竞争性磋商方式确定乙方为本项目成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务对象
本合同服务对象为甲方已建成的古建筑消防监测系统，覆盖全市17处文物保护单位，包括独立式感烟探测器1,460只、电气火灾监控探测器312只、消防水池液位和管网压力传感器96只、视频火焰识别摄像机188路、监测中心平台软件1套及各点位通信网关。各点位设备清单详见附件一。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满本合同自然终止，甲方如需继续采购，另行组织采购程序。乙方应在服务期开始前完成与上一服务单位的交接，逐点核对设备状态并形成交接记录。

第三条 服务内容
1. 日常巡检：每月对全部点位巡检一次，汛期及春节、清明等重点时段加密至每半月一次，形成巡检记录。
2. 设备维护：对探测器、传感器、摄像机和网关进行清洁、校准和电池更换，损坏设备由乙方负责更换，单件价值2,000元以下的备件费用包含在合同价内。
3. 平台运维：监测中心平台软件的日常运行维护、告警规则调整、数据备份和补丁更新。
4. 值守支持：在春节、元宵等用火高峰期间，乙方派员到监测中心驻点值守。
5. 年度检测：对全部探测器进行一次功能检测，检测应在2027年9月30日前完成，检测报告在检测完成后10日内提交。
6. 运维报告：每季度提交运维报告，列明故障、误报、处理情况和改进建议。
7. 设备台账：建立并动态更新全部点位的设备台账，记录设备型号、安装位置、更换和维修情况。
8. 误报分析：对误报频繁的点位进行原因分析，提出调整探测器位置或参数的建议，经甲方同意后实施。
9. 技术培训：每年对甲方及各文物保护单位的值班人员进行两次系统操作和报警处置培训，并做好培训记录。

第四条 合同价款及支付
1. 合同总价为人民币486,000元，包含人工、备件、交通、检测及税费。
2. 合同价款按季度支付，每季度121,500元。每季度结束后，甲方根据第五条的考核结果，在收到发票后15个工作日内支付该季度费用；考核扣减款从当季费用中扣除。
3. 本合同价格为固定价格，服务期内不因人工、备件和交通费用的变化而调整。

第五条 考核验收
1. 甲方每季度对乙方进行考核验收。考核标准：（1）巡检按计划全部完成，巡检记录与现场签到一致；（2）季度内发现的设备故障均已闭环处理；（3）平台告警数据完整，无丢失；（4）季度运维报告按时提交且内容完整。
2. 年度服务结束时，甲方组织年度验收，核对全年检测报告、备件更换记录和设备台账，出具书面验收意见。
3. 季度考核不合格的，乙方应在10日内完成整改，并由甲方复核；整改期间发生的费用由乙方承担。

第六条 服务响应
1. 一级故障（报警主机离线、监测平台中断或整处文物单位点位失联）：乙方在30分钟内响应，2小时内到场，6小时内恢复。
2. 二级故障（单个点位离线或误报）：乙方在2小时内响应，48小时内修复。
3. 乙方未按时响应或恢复的，每超时1小时扣减当季服务费500元；同一点位一季度内重复故障三次以上的，每次另扣300元。
4. 乙方应提供7×24小时服务电话和运维工单平台，所有报修均应在平台登记，处理结果经甲方确认后方可关闭工单。

第七条 数据安全
1. 监测系统采集的报警记录、视频图像、设备运行数据和点位分布信息属于甲方，乙方不得用于本合同以外的目的，不得对外提供。
2. 乙方运维人员须实名登记，通过甲方配发的专用账户访问平台，操作日志留存不少于六个月；远程维护须经甲方同意并全程录屏。
3. 发生数据泄露、丢失或平台被入侵的，乙方应在1小时内报告甲方，采取补救措施，并承担由此造成的损失。
4. 服务期满后，乙方应删除其因运维持有的全部数据副本，并向甲方出具书面确认。

第八条 运维成果
乙方在服务期内形成的巡检记录、检测报告、设备台账、告警规则配置及运维文档归甲方所有。乙方对平台告警规则所作的优化配置，甲方可在以后的运维服务中自由使用。

第九条 甲方义务
1. 甲方应提供监测中心值守场所、网络接入及必要的办公条件。
2. 甲方应协调各文物保护单位的管理使用单位，为乙方人员进场巡检和维修提供便利。
3. 甲方发现故障时，应通过运维工单平台或电话通知乙方，并配合确认故障处理结果。

第十条 备品备件
1. 乙方应在本市设立备件库，常备探测器、传感器、网关和摄像机等备件，各类备件的常备数量不少于二十只（台）。
2. 单件价值2,000元以上的设备需要更换的，乙方应书面报告甲方，由甲方另行采购，乙方负责免费安装调试。

第十一条 应急保障
1. 乙方应制定监测系统故障应急预案，报甲方备案，并每半年配合甲方开展一次消防应急演练，在演练中测试报警联动和信息推送功能。
2. 遇有暴雨、台风、雷电等极端天气预警时，乙方应提前检查室外设备和通信线路，并安排人员备勤。

第十二条 人员要求
1. 乙方应配备项目负责人1名、运维工程师4名，其中至少2名持有消防设施操作员证书。
2. 乙方人员进入文物保护单位，应遵守甲方的文物安全管理规定，严禁吸烟和使用明火，不得踩踏屋面瓦件和彩画构件，登高作业应使用专用设备并采取成品保护措施。
3. 乙方更换项目负责人或运维工程师的，应提前7日书面报告甲方，并经甲方同意。
4. 乙方人员应统一着装、佩戴工作证，进出文物保护单位时登记。
5. 因乙方作业造成文物本体或附属设施损坏的，乙方应承担修复费用，并依法承担相应责任。

第十三条 分包
乙方不得将本合同服务分包或转包给任何第三方。

第十四条 违约责任
1. 乙方未在约定日期前完成年度检测或未按时提交检测报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方维护不当导致监测系统漏报，造成文物损失的，乙方依法承担赔偿责任。
3. 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
4. 乙方连续两个季度考核不合格的，甲方可约谈乙方负责人，并将乙方的履约情况记入供应商履约评价。

第十五条 不可抗力
因地震、洪水等不可抗力导致不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免责。
不可抗力消除后，乙方应立即恢复服务，并对受影响的设备进行全面检查。

第十六条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
1. 磋商文件、响应文件及成交通知书为本合同的组成部分。
2. 服务期满时，乙方应向甲方或甲方确定的新服务单位移交设备台账、平台账户权限、备件清单和运维文档，并配合完成为期15日的交接。
3. 本合同未尽事宜，双方可另行签订书面补充协议。
4. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：__________
乙方（盖章）：__________
签订日期：2026年12月__日
"""

H911Z05 = """# 糖艺工坊生产流程跟踪软件许可及定制开发合同

**（乙方标准合同文本 TY-CT-V3.0）**

合同编号：TYRJ-2027-0411

甲方：某某翻糖蛋糕工作室（有限合伙）

乙方：某某糖艺信息技术有限公司

甲方拟使用乙方“糖迹”生产流程跟踪软件，用于定制翻糖蛋糕从接单、设计、翻糖制作、装饰到冷链配送的全流程跟踪。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方授予甲方“糖迹”生产流程跟踪软件标准版的使用许可，许可用户数为25个，许可期限为永久。

1.2 乙方按甲方需求进行定制开发，内容包括：定制订单小程序下单页、造型设计稿审批流程、翻糖工序计时与拍照留档、过敏原及配料标签打印、冷链配送温度记录对接。定制开发的具体内容以双方签字确认的《定制开发需求清单》为准，清单以外的需求按本合同第4.4条处理。

1.3 乙方负责软件的部署、基础数据初始化和使用培训。

1.4 软件部署在甲方自备的云主机上，乙方提供安装包、许可证书和部署指导。甲方云主机的配置应满足乙方《部署环境说明》的要求。

## 第二条 合同价款

2.1 合同总价为人民币贰拾贰万元整（¥220,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “糖迹”标准版软件许可（25用户，永久） | 86,000 |
| 2 | 定制开发 | 118,000 |
| 3 | 部署及培训 | 16,000 |
| | 合计 | 220,000 |

2.2 上述价格为含税价。甲方需自行准备服务器或云主机，相关费用不包含在合同价内。

2.3 合同价款不含数据迁移及与外卖平台、收银系统等第三方系统的对接费用，甲方如需上述服务，双方另行约定。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即143,000元。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即77,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，直至甲方付清款项。暂停服务期间给甲方造成的损失由甲方自行承担。

3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后60日内完成定制开发和部署，并通知甲方上线。

4.2 因甲方未及时提供需求确认、造型样稿或基础数据导致延期的，交付期限相应顺延。

4.3 乙方交付内容包括：软件安装包、许可证书、定制功能、用户手册和培训课件。

4.4 甲方在开发过程中提出需求变更的，乙方有权另行收费并顺延交付期限，费用按乙方人天单价2,200元计算。

4.5 乙方完成开发后，在甲方云主机上进行部署和测试，测试通过后通知甲方上线。测试方法和测试用例由乙方确定。

## 第五条 甲方责任

5.1 甲方应按时提供需求说明、造型样稿、配料表和门店基础数据，并对其内容的准确性负责。

5.2 甲方应妥善保管系统账号和密码。因甲方人员操作不当、自行修改配置或云主机故障导致的数据丢失，乙方不承担责任。

5.3 甲方应指定一名系统管理员，负责日常使用中的问题收集和与乙方的联络。

## 第六条 验收

6.1 乙方完成部署并通知甲方上线后，软件即视为验收合格。

6.2 甲方在上线后发现的问题，按本合同第七条的维护约定处理，不影响验收结论及付款义务。

## 第七条 免费维护与后续服务

7.1 乙方自软件上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

7.2 甲方报修的，乙方将在收到报修后尽快安排技术人员处理。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度服务协议，年度服务费按乙方当年公布的服务价格标准执行。

7.4 免费维护的范围不包括甲方自行修改配置、硬件或网络故障、第三方软件引起的问题以及甲方新增的功能需求。

7.5 乙方有权对软件进行升级，升级后的功能和界面以乙方发布的版本为准。

## 第八条 培训

8.1 乙方为甲方提供一次不超过三小时的远程培训，培训对象为甲方管理员及裱花、配送等岗位的骨干员工。

8.2 甲方要求增加培训或现场培训的，按每次1,500元另行收费，差旅费用由甲方承担。

8.3 培训结束后，乙方向甲方提供培训视频和常见问题解答文档。

## 第九条 知识产权

9.1 “糖迹”软件及其全部升级版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的程序、小程序页面、工序模板及相关文档，其知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

9.3 甲方不得自行或委托第三方对软件进行修改或二次开发，否则乙方不再提供维护服务。

## 第十条 数据

10.1 甲方在软件中录入的订单、客户和配方数据归甲方所有。

10.2 乙方有权对甲方数据进行脱敏和汇总后，用于乙方产品的功能改进、行业分析报告及面向其他客户的模板推荐。

10.3 乙方对其托管或维护中接触的甲方数据采取加密存储、访问权限控制和操作日志记录等安全措施；因乙方原因发生数据泄露的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

10.4 合同终止后，乙方在甲方付清全部款项后30日内，向甲方提供订单和客户数据的导出文件。

10.5 经甲方同意，乙方可将甲方作为客户案例在乙方官网及宣传材料中展示。

## 第十一条 保密

11.1 双方对本合同的价格条款及履约中获知的对方商业信息负有保密义务，保密期限为合同终止后两年。

11.2 乙方员工因履行合同接触甲方客户信息的，应遵守本条约定的保密义务。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

12.3 任何情况下，乙方均不对甲方的间接损失、利润损失或订单损失承担责任。

12.4 甲方逾期支付任何款项的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

12.5 因甲方原因导致软件无法按期上线的，乙方已完成的工作视为交付完成，甲方应按约定支付相应款项。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

13.2 甲方逾期付款超过30日的，乙方有权解除本合同，已收款项不予退还。

13.3 合同解除后，甲方应停止使用定制功能；已付清许可费的标准版软件，甲方可继续使用。

## 第十四条 不可抗力

14.1 因自然灾害、政府行为、网络运营商故障等不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方。

14.2 不可抗力持续超过60日的，任何一方可书面通知对方终止本合同。

## 第十五条 争议解决

15.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件为《定制开发需求清单》，与本合同具有同等效力。

16.3 本合同的任何修改须经双方书面确认。双方确认的联系人、电话和电子邮箱为有效送达地址，一方变更的应及时书面通知对方。

甲方（签章）：__________

乙方（签章）：__________
"""

H911E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. PPA-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yichun Xinli Lithium Materials Co., Ltd., a company established in Yichun, Jiangxi Province, People's Republic of China (the "Customer"), and Puna Process Analytics S.A., a company incorporated in Argentina with its registered office in San Salvador de Jujuy, Province of Jujuy (the "Vendor").
P:The Customer operates a lithium carbonate refining plant and wishes to obtain a perpetual licence of the Vendor's process historian and quality analytics software, together with configuration, interfaces, commissioning and training. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's BrineSight Process Historian and Quality Analytics suite, version 7, in object code, including the modules listed in Annex 1.
P:1.2 "Custom Deliverables" means all configurations, plant models, calculation templates, dashboards, interface programs and documentation prepared by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all process, laboratory, quality and production data entered into, collected by or generated through the Software at the Customer's plant.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Customer's Yichun plant for up to 60 concurrent users and 20,000 process tags.
P:2.2 The Vendor shall configure the Software, build the plant model for the leaching, purification, precipitation and drying sections, develop interfaces to the Customer's distributed control system, laboratory information system and ERP system, commission the system on site, and train the Customer's engineers and operators.
P:2.3 The Software will be installed on servers provided by the Customer in its own data centre. The Vendor shall specify the server requirements within 15 days after signature.
P:2.4 Training comprises a two-week administrator course for six engineers at the Customer's plant and four one-day user courses for shift supervisors and laboratory staff. Training materials shall be provided in Chinese and English.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 2,200,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,480,000; configuration and interfaces CNY 520,000; on-site commissioning CNY 140,000; training CNY 60,000.
P:3.2 The Contract Price is fixed and covers all services until the end of the warranty period under Article 7.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after receiving the Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 45% of the Contract Price after the Software has been installed and the interfaces have passed the factory and site tests described in Annex 2.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer. Each payment is due 30 days after receipt of a correct invoice.
H:Article 5 Delivery and Delay Damages
P:5.1 The Vendor shall complete installation, configuration and interfaces within 120 days after signature and shall be ready for the acceptance tests no later than 150 days after signature, in accordance with the project plan in Annex 2.
P:5.2 If the Vendor fails to meet the date for readiness for acceptance tests for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After commissioning, the parties shall carry out the acceptance tests in Annex 2. The acceptance criteria are: (a) all 20,000 tags are collected at the configured scan rates with no gaps longer than 10 seconds; (b) the quality analytics reproduce the laboratory results for a sample of 500 batches without discrepancy; (c) the interfaces to the control system, laboratory system and ERP system pass the agreed test cases; (d) the system runs for 30 consecutive days without a Severity 1 incident.
P:6.2 If any criterion is not met, the Vendor shall correct the defect and repeat the relevant tests at its own cost.
P:6.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Installation, go-live or productive use of the Software by the Customer does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the specifications in Annex 1 for a warranty period of 24 months from Final Acceptance.
P:7.2 During the warranty period the Vendor shall correct all defects, provide new releases and patches, and provide remote and on-site support free of charge.
H:Article 8 Support after Warranty
P:8.1 After the warranty period the Customer may order annual support. The annual support fee is 10% of the Software licence fee, that is CNY 148,000 per year, and will remain fixed for the first three years after the warranty period.
P:8.2 Annual support is ordered year by year by written purchase order and does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any support year, the Vendor shall respond to incidents as follows: Severity 1 (system down, data collection stopped or quality release blocked): response within 1 hour, workaround within 6 hours; Severity 2 (major function impaired): response within 2 hours, resolution within 2 working days; Severity 3 (minor issue): response within 1 working day.
P:9.2 Response means that a qualified engineer is working on the incident and has contacted the Customer's key user.
P:9.3 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall pay CNY 1,000, deducted from the next payment or from the support fee.
H:Article 10 Intellectual Property
P:10.1 The Software and all intellectual property rights in it remain with the Vendor.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 11 Data Protection and Security
P:11.1 All Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:11.2 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access by the Vendor requires the Customer's approval for each session and is made through the Customer's VPN with multi-factor authentication. No Customer Data may be copied or transferred outside the Customer's premises or outside the People's Republic of China.
P:11.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, cooperate in its investigation and remediation, and compensate the Customer for any loss caused by the Vendor's breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public technical and business information received from the other party, including process parameters and production volumes, and shall use it only for this Agreement. This obligation continues for six years after termination.
H:Article 13 Liability
P:13.1 The Vendor's total aggregate liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party intellectual property rights, or breach of Articles 11 and 12.
P:13.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 13.1.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 5.2 reach their maximum.
P:15.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Argentine Republic.
P:16.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior representatives of both parties. If it is not settled within 30 days, it shall be submitted to the ordinary courts of the City of San Salvador de Jujuy, Province of Jujuy, Argentina.
H:Article 17 General
P:17.1 This Agreement is written in English and Chinese; both versions have equal effect. Annex 1 (Software modules and specifications) and Annex 2 (Project plan and acceptance tests) form part of this Agreement.
P:17.2 This Agreement enters into force on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H911E02 = """# Order Form and General Terms — Fleetview Cold Chain Platform

Order Form No. SF-OF-27-0192

Provider: Shenandoah Fleetview, Inc., a Virginia corporation, 1200 Richmond Avenue, Staunton, Virginia 24401, USA ("Provider")

Customer: Chengdu Xueyu Cold Chain Logistics Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscribed Service

Fleetview Cold Chain Platform, Enterprise edition, hosted in a mainland China cloud region: vehicle tracking, reefer temperature and door-event monitoring, driver mobile application, route exception alerts, customer delivery portal and compliance reports for food and pharmaceutical shipments. Scope: up to 420 refrigerated vehicles, 60 trailer units and 150 named web users.

### A2. Subscription Term

The Subscription Term is 24 months from the Go-Live Date, divided into Subscription Year 1 and Subscription Year 2. The Subscription Term ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 420 vehicles, 60 trailers, 150 users | 386,000 |
| Platform subscription, Subscription Year 2 | same scope | 386,000 |
| Onboarding (telematics integration, data migration, portal branding, training) | one-time | 48,000 |
| Total fees for the Subscription Term | | 820,000 |

All fees include VAT. Additional vehicles are charged at CNY 76 per vehicle per month, pro rata, and are not part of the total above.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance under A5.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer pays each undisputed invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding and Go-Live

(a) Provider will complete onboarding within 50 days after signature of this Order Form (the "Target Go-Live Date"). Onboarding covers integration of Customer's two telematics gateway models and the reefer controllers listed in the onboarding plan, migration of the vehicle master data and the last six months of temperature history, configuration of alert rules, and training of dispatchers and key users.

(b) Go-Live Acceptance tests: (1) all vehicles report position and reefer temperature at the agreed interval; (2) alert rules trigger correctly in 40 test scenarios defined with Customer; (3) migrated temperature history reconciles with the source records; (4) the delivery portal and compliance reports pass Customer's review. Customer signs a Go-Live Acceptance certificate when all tests pass. The Go-Live Date is the date of that certificate.

(c) If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, deducted from the onboarding fee and subsequent invoices.

### A6. Service Levels

The service levels in Part B Section 6 apply: monthly availability of 99.95% and a Priority 1 response time of 1 hour.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its mobile applications and application programming interfaces.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including vehicle, location, temperature, shipment, driver and consignee data, and all reports generated from it.

1.3 "Customer Configurations" means the alert rules, report templates, portal pages and integration mappings created for Customer.

### 2. Access and Use

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Service for its internal business purposes and to give its consignees access to the delivery portal.

2.2 Customer is responsible for its users' credentials and for the accuracy of the data it submits.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer under this Agreement and for no other purpose.

3.2 Within 30 days after the end of the Subscription Term, Provider will make a complete export of Customer Data available to Customer and will then delete all copies, confirming the deletion in writing.

### 4. Data Security

4.1 Provider hosts the Service and stores Customer Data exclusively in a mainland China cloud region operated by a provider holding an MLPS level 3 filing. Provider maintains an information security programme that includes encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging and quarterly vulnerability scanning.

4.2 Provider will notify Customer of any security incident affecting Customer Data within 24 hours, will investigate and contain it, and is liable for losses caused by its breach of this Section 4.

4.3 Provider complies with the Personal Information Protection Law of the People's Republic of China in processing driver and consignee personal information.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information disclosed by the other party, use it only under this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. These obligations last for three years after the end of the Agreement.

### 6. Service Levels

6.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

6.2 Incident priorities and response times: Priority 1 (Service unavailable or temperature alerts not delivered for all vehicles): response within 1 hour, 24 hours a day; Priority 2 (a major function impaired): response within 3 business hours; Priority 3 (other issues): response within 2 business days.

6.3 Provider will report monthly on availability and response times. The service levels in this Section are performance targets. No service credits, fee reductions or other monetary remedies apply to a failure to meet them.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to Customer. Provider will deliver them in an exportable format on request, and Customer may use and modify them and have third parties use them without restriction.

### 8. Subcontracting

8.1 Provider may not subcontract any part of its obligations, other than the hosting in Section 4.1, without Customer's prior written consent. The hosting provider named in the onboarding plan is approved by signature of this Order Form. Provider remains responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Each party's total liability arising out of or relating to this Agreement shall not exceed the fees paid and payable by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for lost profits or indirect, special or consequential damages.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider refunds any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the Commonwealth of Virginia, without regard to its conflict of laws rules.

11.2 The state and federal courts located in Augusta County, Virginia have exclusive jurisdiction over any dispute arising out of this Agreement.

### 12. Support and Changes to the Service

12.1 Provider provides support in Chinese and English through its support portal, a hotline staffed around the clock for Priority 1 incidents and a named customer success manager who holds a quarterly business review with Customer.

12.2 Provider may update the Service from time to time, provided that an update does not materially reduce the functionality, security or service levels described in this Agreement. Provider will announce material changes at least 30 days in advance.

### 13. Suspension

13.1 Provider may suspend access of an individual user account only if that account is used in breach of Section 2 or poses an immediate risk to the Service, and will notify Customer promptly and restore access as soon as the cause is removed. Provider will not suspend the Service as a whole for a disputed invoice.

### 14. Force Majeure

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks. The affected party shall notify the other promptly and use reasonable efforts to resume performance. Force majeure does not excuse Provider's duties under Sections 3 and 4.

### 15. General

15.1 Neither party may assign this Agreement without the other's written consent, except to a successor of its whole business.

15.2 Notices under this Agreement are given in writing to the addresses in this Order Form, with a copy by e-mail.

15.3 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

H911E03 = r"""
T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. JBC-EQ-2027-031
P:Buyer: Wuhu Jiangbei Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Blue Ridge Vibration Systems LLC, Lynchburg, Virginia, United States of America (the "Supplier")
P:The Buyer wishes to monitor the condition of the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines. The Supplier has offered wireless vibration and temperature sensors, gateways, edge servers and its condition monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases, as amended by the parties.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's RidgeWatch condition monitoring software, perpetual licence for 240 monitored assets, including its analytics and alarm modules.
P:1.3 "Custom Work" means the asset hierarchy, alarm thresholds, fault-frequency libraries, dashboards and the interface to the Buyer's maintenance management system prepared by the Supplier for the Buyer, including source code and configuration files.
P:1.4 The Supplier shall supply the Equipment and the Software, install and commission them at the Buyer's plant, carry out the Custom Work and train the Buyer's maintenance staff.
P:1.5 Training comprises three on-site courses for up to 15 maintenance engineers each, covering installation and replacement of sensors, use of the Software, interpretation of vibration spectra and basic fault diagnosis, with course materials in Chinese.
H:2. Price
P:2.1 The Contract Price is CNY 1,790,000, inclusive of VAT, customs duties, delivery to the Buyer's plant and insurance, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|240|3,600|864,000
TB:2|Industrial gateways with 4G and Ethernet backhaul|16|12,500|200,000
TB:3|Edge servers, redundant pair|2|68,000|136,000
TB:4|RidgeWatch software, perpetual licence, 240 assets|1|420,000|420,000
TB:|Equipment and Software Subtotal|||1,620,000
TB:5|Installation, commissioning and Custom Work|1|146,000|146,000
TB:6|Training of maintenance staff|1|24,000|24,000
TB:|Contract Price|||1,790,000
P:2.2 The Contract Price is fixed and includes all services until the end of the Warranty Period.
H:3. Payment
P:3.1 Advance payment: 25% of the Contract Price within 15 working days after the Buyer receives an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Installation payment: 50% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms completion of installation only and is not acceptance of the Equipment or the Software.
P:3.3 Final payment: 25% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is made within 30 days after the Buyer receives a valid VAT invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation, commissioning and the Custom Work within 110 days after signature.
P:4.2 If the Supplier misses either date for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:4.3 Title to the Equipment passes to the Buyer on delivery to the Buyer's plant. Risk of loss passes on signature of the Installation Certificate.
P:4.4 The Equipment shall be new, of current manufacture, packed for ocean and road transport, and marked with the Contract number. Sensors installed in hot zones near the kilns shall be rated for the surface temperatures stated in the technical specification.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 45 days as a trial run. The acceptance criteria are: (a) every sensor reports data at the configured interval, and no sensor misses more than 20 consecutive readings during the trial run; (b) the Software detects the seeded faults in the test plan (imbalance, misalignment and bearing defects) on the test rig and on three plant assets; (c) alarms are delivered to the control room and to the maintenance system within 60 seconds; (d) no Severity 1 incident occurs in the last 20 days of the trial run.
P:5.2 When all criteria are met, the Buyer issues a Final Acceptance Certificate. Delivery, installation, the trial run or use of the system in production is not acceptance.
P:5.3 If the criteria are not met, the Supplier shall remedy the defects at its cost and the trial run is repeated for the affected part.
H:6. Warranty and Support
P:6.1 The Warranty Period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and provide Software updates and technical support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 8% of the Equipment and Software Subtotal, that is CNY 129,600 per year, fixed for the two years following the Warranty Period. Support is ordered by the Buyer each year and does not renew automatically.
P:6.3 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
P:6.4 Firmware updates for sensors and gateways shall be tested by the Supplier before release and installed only with the Buyer's approval, outside production-critical periods agreed with the Buyer's maintenance department.
H:7. Service Levels
P:7.1 Severity 1 (loss of monitoring for a kiln or mill, or the Software unavailable): the Supplier responds within 45 minutes and restores monitoring within 8 hours, with on-site attendance by its China service partner where needed.
P:7.2 Severity 2 (loss of monitoring for single assets or degraded analytics): response within 2 hours and resolution within 3 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay CNY 800, which the Buyer may deduct from any amount due.
P:7.4 During the Warranty Period the Supplier shall send a monthly condition report summarising alarms, incidents, replaced parts and recommended maintenance actions for the monitored assets.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it for the licensed assets.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier shall hand over the source code and configuration files at Final Acceptance, and the Buyer may modify and use them and let third parties maintain them.
H:9. Data Security and Ownership
P:9.1 All data collected by the Equipment and processed by the Software, including vibration spectra, alarms and maintenance records, belongs to the Buyer. The Supplier shall not use it for any purpose other than performing this Contract.
P:9.2 The system shall run on the Buyer's own network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump server with recorded sessions. No data may be copied out of the Buyer's network or transferred outside the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data or systems within 8 hours, cooperate in remediation, and compensate the Buyer for losses caused by its breach of this clause.
P:9.4 At the end of the Warranty Period, or earlier on the Buyer's request, the Supplier shall delete any copies of the Buyer's data held by it or its service partner and confirm the deletion in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information received from the other party and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, for which no limit applies.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except that its China service partner named in the installation plan is approved by this Contract. The Supplier remains responsible for all subcontracted work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within 20 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:13.2 Upon such termination the Supplier shall refund all amounts received for Equipment or services not accepted and shall remove any rejected Equipment at its cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese, both versions being equally authentic. It enters into force on signature by both parties.
P:15.2 The Supplier shall maintain product liability and installation all-risks insurance covering the work at the Buyer's plant and shall provide certificates before installation starts.
P:15.3 Any amendment to this Contract must be in writing and signed by authorised representatives of both parties. The technical specification, the installation plan and the acceptance test plan are annexed to this Contract and form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H911E04 = """# Managed IT Services Agreement

Agreement No. VDO-MSA-2027-07

This Managed IT Services Agreement (the "Agreement") is entered into by:

- **Linyi Heyuan Poultry Foods Co., Ltd.**, Linyi, Shandong Province, People's Republic of China ("Customer"); and
- **Valley Digital Operations, Inc.**, 85 South Main Street, Harrisonburg, Virginia, USA, acting through its service centre in Qingdao ("Provider").

Customer runs five poultry processing plants, two feed mills and a head office. Provider operates managed IT services for food processors. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Sites" means Customer's head office, its five processing plants and its two feed mills listed in Schedule 1.

1.5 "Customer Data" means all data of Customer or its employees, suppliers and customers that Provider accesses or handles in performing the Services.

## Section 2. Term

2.1 The Agreement starts on signature. The Service Period is 36 months from the Service Commencement Date under Section 3.3.

2.2 The Service Period may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team and the incumbent supplier during a transition period of 60 days after signature, following the transition plan agreed at the kick-off meeting.

3.2 Transition acceptance criteria: (a) all assets at the Sites are recorded in Provider's configuration management database and reconciled with Customer's asset register; (b) monitoring is active for every network device and server in scope; (c) the service desk has handled live tickets for 10 working days in parallel with Customer's team; (d) runbooks for all Sites are approved by Customer's IT manager.

3.3 When all criteria are met, Customer signs a Transition Acceptance Certificate. The day after signature is the Service Commencement Date. If transition is not completed within 60 days, the parties will agree a revised plan in good faith.

3.4 Customer's internal IT staff will cooperate with Provider during transition and share their knowledge of the Sites, the plant floor systems and the open tickets. Provider shall offer interviews to the members of that team who wish to join Provider's service team.

## Section 4. Services and Service Levels

4.1 Provider shall perform the Services in Schedule 1 to the Service Levels in Schedule 2.

4.2 If Provider misses a Service Level in a month, Customer receives the service credits set out in Schedule 2, deducted from the next monthly invoice. Service credits in any month are limited to 20% of that month's Monthly Service Charge.

4.3 Provider shall provide a monthly service report showing performance against each Service Level and hold a monthly service review with Customer.

4.4 Provider shall keep the configuration management database current, update the runbooks after every major change and propose at least two service improvements each quarter, with an estimate of their cost and benefit.

## Section 5. Charges and Payment

5.1 Customer pays the Charges in Schedule 3. The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 Customer pays each correct invoice within 30 days of receipt. Charges are fixed for the Service Period; changes in scope of more than 10% of devices or users are handled through the change procedure in Section 10.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including production figures, recipes, supplier prices and network diagrams, and shall not disclose it to third parties without written consent. This duty continues for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Provider retains its pre-existing tools, methods and monitoring software.

8.2 Runbooks, scripts, network configurations, documentation and reports created for Customer under this Agreement belong to Customer, which may use and modify them and have them used by any successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and keep a stable team of engineers. Engineers working at the Sites shall follow Customer's food safety and hygiene rules.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9.3 Customer shall give Provider's engineers access to the Sites, provide desk space and network connections at each Site, and appoint its IT manager as the single point of contact for the Services.

## Section 10. Changes

10.1 Either party may request a change to the Services. Provider will provide a written impact assessment within 10 working days. No change is binding until both parties sign a change note.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Period, except for personal injury, fraud and wilful misconduct.

11.2 Neither party is liable for loss of profit or indirect loss.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

12.2 On expiry or termination, Provider shall provide exit assistance so that the Services transfer to Customer or a successor provider without disruption. The first 20 engineer days of exit assistance are included in the Charges; further days are charged at the rate in Schedule 3.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes not settled by negotiation within 30 days shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan.

## Section 14. Insurance and Force Majeure

14.1 Provider shall maintain professional indemnity and public liability insurance with reputable insurers for the Service Period and provide certificates on request.

14.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action. The affected party shall notify the other promptly and resume performance as soon as possible. Provider shall maintain a continuity plan so that the service desk and network operations can continue from an alternative location.

## Section 15. General

15.1 Notices shall be given in writing to the addresses above and copied by e-mail to each party's contract manager.

15.2 Neither party may assign this Agreement without the other's prior written consent.

15.3 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties. It is made in English and Chinese, with equal effect.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Bilingual telephone, chat and portal support for 1,150 users at all Sites | 24 x 7 |
| End-user devices | Support of 980 laptops and desktops, 260 rugged tablets and 140 label printers; installation, moves and repairs | Business days on site, remote 24 x 7 |
| Network operations | Monitoring and management of 38 switches, 26 wireless controllers and access point groups and the WAN links between Sites | 24 x 7 |
| Server operations | Operation of 44 virtual servers in Customer's head office data room, operating-system updates, capacity reports | 24 x 7 |
| Plant floor support | Support of weighing stations, line terminals and barcode scanners at the processing plants | During production shifts |
| Asset management | Configuration management database, licence records, quarterly asset reconciliation | Business days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Priority 1 incident (a Site or a production line cannot work) | Response within 15 minutes; restoration within 3 hours | 2% of the Monthly Service Charge per incident missed |
| Priority 2 incident (a department or function degraded) | Response within 1 hour; restoration within 8 hours | 1% of the Monthly Service Charge per incident missed |
| Priority 3 incident (single user) | Response within 8 business hours | none |
| WAN and core network availability, monthly | 99.95% | 3% of the Monthly Service Charge for each 0.1 point below |
| Monthly service report | Delivered by the fifth working day of the following month | 0.5% of the Monthly Service Charge if late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | per month, months 1 to 36 | 58,000 |
| Monthly Service Charges over the Service Period | 36 x 58,000 | 2,088,000 |
| Total Charges for the Service Period | | 2,184,000 |
| Exit assistance beyond the included 20 days | per engineer day | 2,600 |

All Charges include VAT.
"""

H911E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BAD-CN-2027-005

PARTIES

Rizhao Haitian Pulp and Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China ("Customer"); and

Bosque Austral Data SpA, a company organised under the laws of Chile, with offices at Avenida Ramon Picarte 1450, Valdivia, Los Rios Region, Chile ("Provider").

BACKGROUND

Customer buys hardwood and softwood pulp and wood chips from plantations in South America. Provider compiles plantation inventory, growth, harvest and shipment data from satellite imagery, field plots and port records, and makes it available through data feeds and an application programming interface. Customer wishes to subscribe to that data for its fibre procurement and planning. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data products listed in clause 2.1, as updated by Provider from time to time.

1.2 "API" means Provider's REST application programming interface and bulk data feeds through which Licensed Data is delivered.

1.3 "Customer Data" means the data Customer uploads or submits to Provider, including its mill consumption forecasts, supplier lists, contract volumes and the queries and watch lists it creates, together with the logs of Customer's use of the API.

1.4 "Subscription Year" means each of the two consecutive one-year periods, the first starting on the Subscription Start Date and the second on its first anniversary.

1.5 "Subscription Start Date" means the day after Customer signs the Integration Acceptance certificate under clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access and use the following Licensed Data through the API for Customer's internal procurement, planning and risk management: (a) plantation inventory by species, age class and region for Chile, Uruguay and southern Brazil; (b) monthly growth and harvest estimates; (c) weekly wood chip and pulp shipment records by port of loading; (d) quarterly delivered fibre cost indices.

2.2 Customer may store Licensed Data in its own systems, combine it with its own data and share reports derived from it with its affiliates. Customer may not resell Licensed Data or make it available to third parties as a data product.

2.3 The subscription covers up to 25 named users and 300,000 API calls per month. Calls above that volume are charged at the overage rate in clause 3.3.

2.4 Provider shall give Customer at least 60 days' notice before discontinuing any data product listed in clause 2.1 and shall then either provide an equivalent product or refund the affected part of the fees pro rata.

3. FEES

3.1 The fees are:
  Subscription Year 1 fee: CNY 318,000
  Subscription Year 2 fee: CNY 318,000
  Integration services (one-time): CNY 42,000
  Total fees for the two Subscription Years: CNY 678,000

3.2 The Integration services fee is invoiced after Integration Acceptance. The fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each correct invoice within 30 days of receipt, in CNY, to Provider's account at a bank in mainland China.

3.3 API calls above the monthly volume are charged at CNY 0.08 per call and invoiced quarterly in arrears. Overage is not included in the total fees.

3.4 All fees include applicable taxes. Customer's withholding obligations, if any, are handled under the tax treaty position agreed in writing by the parties.

3.5 The fees in clause 3.1 are fixed for the two Subscription Years and are not subject to indexation or currency adjustment.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall, within 40 days after signature, configure API access, deliver a historical data load for the last eight years, and build the integration connector and three dashboards for Customer's procurement planning system.

4.2 Integration acceptance criteria: (a) the historical load reconciles with Provider's published record counts for each data product; (b) the connector runs the daily and weekly updates for 15 consecutive days without a failed job; (c) the three dashboards show the agreed indicators and pass Customer's user test; (d) API response time for standard queries does not exceed 2 seconds in Customer's test.

4.3 When all criteria are met, Customer signs an Integration Acceptance certificate. Access for testing and use of data during the integration period do not constitute acceptance.

4.4 If Integration Acceptance is delayed beyond the 40-day date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, deducted from the first invoice.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified 48 hours in advance.

5.2 Incident response: Priority 1 (API unavailable, or a scheduled data release missing): response within 8 hours; Priority 2 (partial data or degraded performance): response within 1 business day; Priority 3 (questions and minor defects): response within 3 business days. Response times are measured from Customer's report through Provider's support portal.

5.3 If monthly availability falls below the committed level, Customer receives a credit of 5% of the monthly equivalent of the current Subscription Year fee for each 0.1 percentage point below it, up to half of that monthly amount. Credits are deducted from the next invoice.

5.4 Data releases follow the calendar in Annex A. Provider shall correct material errors in Licensed Data within 10 business days after Customer reports them.

6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer, and Provider uses it to provide the subscription to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form to improve its data models, to calibrate its harvest and demand estimates, and to compile market indices and demand reports that Provider sells to its other subscribers. This licence survives termination of this Agreement.

7. DATA SECURITY

7.1 Provider shall store Customer Data on servers protected by encryption in transit and at rest, role-based access control and multi-factor authentication for administrators, and shall keep access logs for at least one year.

7.2 Provider shall notify Customer of any unauthorised access to or loss of Customer Data within 24 hours after becoming aware of it, take immediate containment measures, and indemnify Customer against losses resulting from a breach of this clause 7.

7.3 Personal information of Customer's users is processed in accordance with the Personal Information Protection Law of the People's Republic of China. Customer's supplier and volume data shall not be transferred to any third party except as permitted by clause 6.2.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's volumes, prices and supplier terms and Provider's methods, and shall not disclose it without written consent, except to professional advisers bound by confidentiality. This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Licensed Data, the API and its data models.

9.2 The integration connector, its source code and the three dashboards built for Customer belong to Customer, which may modify and use them freely and have third parties maintain them.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the integration services or the support of the API without Customer's prior written consent. Provider remains responsible for any subcontractor.

11. LIABILITY

11.1 Each party's aggregate liability under this Agreement is limited to 150% of the total fees in clause 3.1, except for breach of clauses 7 and 8, infringement of intellectual property rights and wilful misconduct.

11.2 Provider does not warrant that Licensed Data is free of estimation error, but warrants that it is compiled with reasonable skill and care using the methods described in Annex B.

12. TERM AND TERMINATION

12.1 This Agreement ends at the end of Subscription Year 2. Any renewal requires a written renewal agreement signed by both parties, and no fee increase applies unless agreed in that renewal agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider refunds the unused part of the current Subscription Year fee.

12.3 After expiry or termination Customer may keep and use Licensed Data received before that date for its internal records and historical analysis.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai in accordance with its rules. The language of the arbitration is English.

14. FORCE MAJEURE

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government action and failures of public networks. The affected party shall notify the other promptly and resume performance as soon as possible. Satellite data gaps caused by cloud cover are not force majeure but are handled under clause 5.4.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

15.2 This Agreement, with Annex A (Data release calendar) and Annex B (Methods summary), is the entire agreement between the parties.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# targets, labels, design

FILES = {
    "h911z01": ("h911z01_civil_defence_underground_evacuation_platform.pdf", "pdf", H911Z01),
    "h911z02": ("h911z02_hanging_chair_factory_line_control_retrofit.docx", "docx", H911Z02),
    "h911z03": ("h911z03_fishing_school_chain_booking_membership_saas.txt", "txt", H911Z03),
    "h911z04": ("h911z04_heritage_bureau_fire_monitoring_om_service.txt", "txt", H911Z04),
    "h911z05": ("h911z05_fondant_studio_process_tracking_supplier_template.md", "md", H911Z05),
    "h911e01": ("h911e01_lithium_plant_historian_perpetual_licence_jujuy_vendor.pdf", "pdf", H911E01),
    "h911e02": ("h911e02_cold_chain_fleet_saas_order_form_staunton_vendor.md", "md", H911E02),
    "h911e03": ("h911e03_cement_vibration_sensors_monitoring_licence.docx", "docx", H911E03),
    "h911e04": ("h911e04_poultry_group_managed_it_services_36_months.md", "md", H911E04),
    "h911e05": ("h911e05_forestry_data_api_subscription_valdivia_vendor.txt", "txt", H911E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# (language, category, terms in TERM_KEYS order, extra, fee base for TCO or None, forum outside mainland, design rules)
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
LABELS = {
    "h911z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=2400000), 1260000, F, []),
    "h911z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 26, F, T, T, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1900000), 1720000, F,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h911z03": ("zh", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=664000), N, F,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h911z04": ("zh", "services", [N, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=486000), N, F,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h911z05": ("zh", "software", [N, N, F, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, N, F, T, N, N, G],
                dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T,
                     contract_value=220000), 86000, F,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h911e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Argentina", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=2200000), 1480000, T, ["CR-GOVERNING-LAW"]),
    "h911e02": ("en", "cloud", [99.95, 1, F, "buyer", T, T, T, 600 / 820000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T,
                                F, "Virginia", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=820000), N, T,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h911e03": ("en", "hardware", [N, 0.75, T, "buyer", T, T, T, 0.1, 200, 25, T, T, 36, 8, F, T, F, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1790000), 1620000, F, []),
    "h911e04": ("en", "services", [99.95, 0.25, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=2184000), N, F,
                ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "h911e05": ("en", "cloud", [99.95, 8, T, "buyer", T, F, T, 500 / 678000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=678000), N, F,
                ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
}

# policy §3 thresholds (defaults of the shipped pack, as read from policy.md)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
EXPECTED_RISK = {"h911z01": "low", "h911z02": "high", "h911z03": "medium", "h911z04": "medium", "h911z05": "high",
                 "h911e01": "low", "h911e02": "medium", "h911e03": "low", "h911e04": "high", "h911e05": "medium"}


def tco_share(t, x, base):
    """Post-warranty fee share of TCO over the horizon (policy §4); None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, foreign_forum):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated" (also when there is no SLA at all)
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold scan

TH_PATTERNS = [
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?:thirty|forty|fifteen|one\s*hundred)\s*(?:per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九])",
    r"(?<![\d.])99\.90*(?![\d])",
    r"(?<![\d.])0\.050*(?![\d])",
    r"万分之五(?!十)",
    r"(?<![\d.])4\s*(?:小时|個小時|hours?\b|hrs?\b|h\b|-hour)",
    r"四个?小时|four\s*(?:\(4\)\s*)?hours?|four-hour",
    r"(?<![\d.])12\s*(?:个月|個月|months?|-month)",
    r"十二个月|twelve\s*(?:\(12\)\s*)?months?|twelve-month",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)",
    r"(?<![十一二三四六七八九〇零])五年|five\s*(?:\(5\)\s*)?years?|five-year",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "40 per cent", "15%", "100%", "99.9%", "99.9", "0.05%", "万分之五", "4小时",
            "4 hours", "four hours", "四小时", "12个月", "12 months", "twelve months", "十二个月", "5 years", "五年",
            "5年", "fifteen percent", "4-hour"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.5%", "130%", "115%", "0.055%", "0.08%", "万分之八",
             "万分之五十", "18个月", "120 months", "2025年", "2027年", "36个月", "5%", "3.4 hours", "45 minutes",
             "1,450", "12,500", "2 hours", "十五个工作日", "第十二条"]


def selftest():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    name = FILES[key][0]
    lang, cat, vals, extra, base, ff, design = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(terms, extra, base, ff)}


# price and payment arithmetic stated in the texts: (parts, total)
SUMS = {
    "h911z01": ([1260000, 836000, 214000, 90000], 2400000),
    "h911z02": ([118000 * 6, 16500 * 24, 9800 * 12, 186400, 312000, 148000, 32000], 1900000),
    "h911z03": ([9800 * 30 * 2, 76000], 664000),
    "h911z04": ([121500] * 4, 486000),
    "h911z05": ([86000, 118000, 16000], 220000),
    "h911e01": ([1480000, 520000, 140000, 60000], 2200000),
    "h911e02": ([386000, 386000, 48000], 820000),
    "h911e03": ([240 * 3600, 16 * 12500, 2 * 68000, 420000, 146000, 24000], 1790000),
    "h911e04": ([96000, 36 * 58000], 2184000),
    "h911e05": ([318000, 318000, 42000], 678000),
}
SPLITS = {"h911z01": [20, 45, 35], "h911z02": [10, 55, 35], "h911z05": [65, 35], "h911e01": [20, 45, 35],
          "h911e03": [25, 50, 25]}


def check_sums():
    for k, (parts, total) in SUMS.items():
        assert sum(parts) == total == LABELS[k][3]["contract_value"], k
    for k, sp in SPLITS.items():
        assert sum(sp) == 100, k
        assert not set(sp) & {15, 30, 40}, k
    assert 1720000 * 26 // 100 == 447200 and 1260000 * 9 // 100 == 113400 and 1620000 * 8 // 100 == 129600
    assert 1480000 * 10 // 100 == 148000 and 220000 * 65 // 100 == 143000


def main():
    sys.path.insert(0, str(OUT.parent))
    check_sums()
    from word_pdf import write
    selftest()
    src = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(src, tgt, OUT, wrap_words=True)
    for k, (name, kind, text) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, kind, _) in FILES.items():
        lab = label_json(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        lang, cat, vals, extra, base, ff, design = LABELS[k]
        t = lab["expected_terms"]
        if lab["expected_rules"] != sorted(design):
            problems.append((k, "derived", lab["expected_rules"], "design", sorted(design)))
        fired |= set(lab["expected_rules"])
        rk = risk(lab["expected_rules"])
        if rk != EXPECTED_RISK[k]:
            problems.append((k, "risk", rk))
        for f, v in TH.items():
            if t[f] is not None and abs(t[f] - v) < 1e-9:
                problems.append((k, "label on threshold", f))
        share = tco_share(t, extra, base)
        if share is not None and abs(share - TCO_SHARE) <= 2:
            problems.append((k, "TCO share near threshold", share))
        if t["contract_kind"] == S and "post_warranty_fee_capped" in extra:
            problems.append((k, "capped key on service"))
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = TH_RE.search(variant)
            if m:
                problems.append((k, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 10]))
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-4s %5d %s rules=%s risk=%s tco=%s" % (k, kind, n, "ok" if ok else "OUT OF RANGE",
                                                          ",".join(r[3:] for r in lab["expected_rules"]) or "-", rk,
                                                          None if share is None else round(share, 2)))
        if not ok:
            problems.append((k, "length", n))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
